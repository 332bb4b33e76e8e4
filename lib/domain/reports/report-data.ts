import { type DecidedHiddenReason, publishedCellKey } from '@/lib/domain/anonymity/decide-period-cells';
import type { AnonymityThresholds } from '@/lib/domain/anonymity/thresholds';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { OrgStructure } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { PersonMeanOverlap, PersonMeans } from '@/lib/domain/stats/person-means';
import type { ScoreCounts } from '@/lib/domain/stats/score-counts';

export interface ReportPulse {
  id: number;
  labels: Record<PeriodKind, string>;
  closesAt: Date;
}

/** Why a cell shows no figures: as it was decided, or its period is not published yet. */
export type HiddenReason = DecidedHiddenReason | 'pending';

/** A cell as it was published, once (lib/publication): shown with its figures, or hidden with the reason. */
export interface PublishedCell {
  status: 'shown' | DecidedHiddenReason;
  /** Distinct respondents, responses summed over the pulses, and invitations; 0 when hidden. */
  respondents: number;
  responses: number;
  invited: number;
  /** Some answers of the unit are left out of the figure to protect a smaller group. */
  heldBack: boolean;
  /** A team month whose comments are shown. */
  comments: boolean;
  /** Score counts per line (index 0 = line 1); empty when hidden. */
  lines: ScoreCounts[];
  /** Person means per line; null when hidden or not known (its answers were gone before they were kept). */
  personMeans: PersonMeans[] | null;
  /** Per line, the people in both this cell and the previous period's; n = 0 where fewer than k or not known. */
  overlap: PersonMeanOverlap[];
  /**
   * The connection score's composite person means (each person's mean of their line means) and
   * their overlap with the previous period; null where the person means are not known or the cell
   * was filled before the composite was kept.
   */
  connectionPersonMeans: PersonMeans | null;
  connectionOverlap: PersonMeanOverlap | null;
}

/** Everything a report needs: the published cells in scope, and the current structure to lay them out. */
export interface ReportData {
  structure: OrgStructure;
  /** The pulses that have opened, oldest first. */
  pulses: ReportPulse[];
  cells: ReadonlyMap<string, PublishedCell>;
  thresholds: AnonymityThresholds;
  /** `kind|label` of the periods whose cells are decided; only these are shown. */
  publishedPeriods: ReadonlySet<string>;
}

/** The key of a unit's cell in a period, as the publication stores it. */
export const cellKey = publishedCellKey;
export const lineIndex = (line: ConnectionLine) => line - 1;
