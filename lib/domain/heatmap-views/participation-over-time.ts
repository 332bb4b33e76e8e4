import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { childUnits } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { createCellBook } from '@/lib/domain/reports/cell-book';
import type { HiddenReason, ReportData } from '@/lib/domain/reports/report-data';
import type { UnitKey } from '@/lib/domain/rollups/units';

export interface ParticipationPoint {
  /** Responses over invitations, 0–100; null where not shown. */
  participation: number | null;
  /** The unit's cell is not shown in this period… */
  suppressed: boolean;
  /** …and why: fewer than k answered, held back to protect a smaller group, or not published yet. */
  hidden: HiddenReason | null;
}

export interface ParticipationRow {
  id: number;
  kind: 'department' | 'team';
  name: string;
  /** One per period, in the order of `periods`. */
  points: ParticipationPoint[];
}

export interface ParticipationOverTime {
  period: PeriodKind;
  /** Oldest first. */
  periods: string[];
  rows: ParticipationRow[];
  /** The k of the hidden cells' "fewer than k answered". */
  minGroupSize: number;
}

/** The last `count` periods up to and including `at`, oldest first. */
export function periodsUpTo(available: readonly string[], at: string | null, count: number): string[] {
  const end = at === null ? -1 : available.indexOf(at);
  return end < 0 ? [] : available.slice(Math.max(0, end - count + 1), end + 1);
}

/**
 * Participation of each department or team directly below `unit`, period by period: the heatmap's
 * participation column for each period, from the same cells, so that both always agree (and hide the
 * same cells).
 */
export function buildParticipationOverTime(
  data: ReportData,
  unit: UnitKey,
  kind: PeriodKind,
  periods: readonly string[],
): ParticipationOverTime {
  const book = createCellBook(data);
  const point = (child: UnitKey, label: string): ParticipationPoint => {
    const cells = CONNECTION_LINES.map((line) => book.cell(child, kind, label, line));
    const suppressed = cells.every((cell) => cell.suppressed);
    return {
      participation: book.participation(child, kind, label),
      suppressed,
      hidden: suppressed ? (cells[0]?.hidden ?? null) : null,
    };
  };
  const rows = childUnits(data.structure, unit).map((child): ParticipationRow => ({
    id: child.id,
    kind: child.kind,
    name: child.name,
    points: periods.map((label) => point(child.unit, label)),
  }));
  return { period: kind, periods: [...periods], rows, minGroupSize: data.thresholds.minGroupSize };
}
