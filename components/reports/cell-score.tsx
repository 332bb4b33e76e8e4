import { getTranslations } from 'next-intl/server';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { HeldBackMarker } from './held-back';
import { hiddenReasonText } from './hidden-reason-text';
import { getReportFormat } from './report-format';

/** A cell's score with its asterisk where answers are left out, or why it is not shown (a missing cell is not published yet). */
export async function CellScore({
  cell,
  minGroupSize,
}: {
  cell: Pick<ReportCell, 'score' | 'hidden' | 'heldBack'> | null | undefined;
  minGroupSize: number;
}) {
  const [hidden, format] = await Promise.all([getTranslations('trends.hidden'), getReportFormat()]);
  if (!cell || cell.hidden !== null || cell.score === null)
    return <>{hiddenReasonText(hidden, cell?.hidden ?? 'pending', minGroupSize)}</>;
  return (
    <span className="tabular-nums">
      {format.score(cell.score)}
      {cell.heldBack ? <HeldBackMarker /> : null}
    </span>
  );
}
