import { getTranslations } from 'next-intl/server';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { ChangeMarker } from './change-marker';
import { HeldBackMarker } from './held-back';
import { hiddenReasonText } from './hidden-reason-text';
import { getReportFormat } from './report-format';
import { SUPPRESSED_STYLE, scoreBand } from './score-scale';
import { HeatmapTd } from './heatmap-td';

// One height for shown and suppressed cells, so rows do not jump when a cell's state changes.
const box = 'flex min-h-14 flex-col items-center justify-center px-2 py-1.5';

export type HeatmapCellValue = Pick<ReportCell, 'score' | 'change' | 'evidence' | 'suppressed' | 'hidden' | 'heldBack'>;

/** One heatmap cell: colour and number together, the change marker, a link to the trend behind it — or why it is hidden. */
export async function HeatmapCell({
  value,
  href,
  minGroupSize,
}: {
  value: HeatmapCellValue;
  href?: string;
  minGroupSize: number;
}) {
  const [hidden, format] = await Promise.all([getTranslations('trends.hidden'), getReportFormat()]);
  const shown = !value.suppressed && value.score !== null;
  const band = shown ? scoreBand(value.score!) : null;
  const style = band ? { backgroundColor: band.background, color: band.foreground } : SUPPRESSED_STYLE;
  const content = shown ? (
    <>
      <span className="block text-base font-semibold tabular-nums">
        {format.score(value.score!)}
        {value.heldBack ? <HeldBackMarker /> : null}
      </span>
      <span className="block text-xs">
        <ChangeMarker change={value.change} evidence={value.evidence} compact />
      </span>
    </>
  ) : (
    <span className="block text-xs leading-tight">
      {hiddenReasonText(hidden, value.hidden ?? 'too-few', minGroupSize)}
    </span>
  );
  return (
    <HeatmapTd style={style} box={box} href={href}>
      {content}
    </HeatmapTd>
  );
}
