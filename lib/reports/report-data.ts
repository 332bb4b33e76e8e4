import type { BrokenUnitsByPulse } from '@/lib/anonymity/publication';
import type { AnonymityThresholds } from '@/lib/anonymity/thresholds';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import type { OrgStructure } from '@/lib/organisation/org-structure';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import type { ScoreCounts } from '@/lib/stats/score-counts';

export interface ReportPulse {
  id: number;
  labels: Record<PeriodKind, string>;
}

/** Everything a report needs, read from the rollups: plain data for the pure report logic. */
export interface ReportData {
  structure: OrgStructure;
  /** The pulses that have opened, oldest first. */
  pulses: ReportPulse[];
  /** The broken units of pulses whose blocks are already known (months that are over), so they need not be worked out again. */
  knownBreaks?: BrokenUnitsByPulse;
  /**
   * Respondents per team, per pulse: the input of the anonymity blocks and of participation, for
   * every pulse of each month holding a period the report can show (lib/reports/block-pulses.ts).
   */
  teamPulseRespondents: ReadonlyMap<number, ReadonlyMap<number, number>>;
  respondents: ReadonlyMap<string, number>;
  lineCounts: ReadonlyMap<string, ScoreCounts>;
  thresholds: AnonymityThresholds;
  /** `kind|label` of the periods that are over with all their pulses closed; only these are shown. Absent: all are. */
  finishedPeriods?: ReadonlySet<string>;
}

export const cellKey = (unit: UnitKey, kind: PeriodKind, label: string) => `${unit}|${kind}|${label}`;
export const lineKey = (unit: UnitKey, kind: PeriodKind, label: string, line: ConnectionLine) => `${unit}|${kind}|${label}|${line}`;
