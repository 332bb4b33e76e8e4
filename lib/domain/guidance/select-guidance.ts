import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { ReportCell } from '@/lib/domain/reports/cell-book';

export type GuidanceReason = 'weakest' | 'drop';

export interface GuidanceChoice {
  line: ConnectionLine;
  reasons: GuidanceReason[];
}

/**
 * The lines a leader gets guidance for, from the cells of one period: the weakest shown line, and
 * every line whose drop since the previous period is clear (the steepest first). Nothing
 * when the period is suppressed: guidance never hints at numbers that are not shown.
 */
export function selectGuidance(cells: readonly { line: ConnectionLine; cell: ReportCell }[]): GuidanceChoice[] {
  const shown = cells.filter(({ cell }) => !cell.suppressed && cell.score !== null);
  const weakest = [...shown].sort((a, b) => a.cell.score! - b.cell.score! || a.line - b.line)[0];
  const drops = shown
    .filter(({ cell }) => cell.significant && (cell.change ?? 0) < 0)
    .sort((a, b) => a.cell.change! - b.cell.change! || a.line - b.line);
  const lines = [...new Set([...(weakest ? [weakest.line] : []), ...drops.map((drop) => drop.line)])];
  return lines.map((line) => ({
    line,
    reasons: [
      ...(line === weakest?.line ? ['weakest' as const] : []),
      ...(drops.some((drop) => drop.line === line) ? ['drop' as const] : []),
    ],
  }));
}
