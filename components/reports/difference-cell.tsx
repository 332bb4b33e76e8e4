import type { Difference } from '@/lib/domain/reports/comparisons';
import { DifferenceMarker } from './difference-marker';
import { SUPPRESSED_STYLE } from './score-scale';
import { HeatmapTd } from './heatmap-td';

const box = 'flex min-h-14 flex-col items-center justify-center px-2 py-1.5 text-base tabular-nums';
/** Shades for differences that are marked, so colour never says more than the words and arrows do. */
const STYLES = {
  higher: { backgroundColor: '#dcfce7', color: '#14532d' },
  lower: { backgroundColor: '#fee2e2', color: '#7f1d1d' },
  neutral: { backgroundColor: '#f8fafc', color: '#0f172a' },
} as const;

/** A heatmap cell in the "compared with the organisation" view: the difference in points and its evidence. */
export function DifferenceCell({ difference, href }: { difference: Difference; href?: string }) {
  const style =
    difference.difference === null
      ? SUPPRESSED_STYLE
      : difference.evidence === null
        ? STYLES.neutral
        : STYLES[difference.difference > 0 ? 'higher' : 'lower'];
  const content = <DifferenceMarker difference={difference} compact />;
  return (
    <HeatmapTd style={style} box={box} href={href}>
      {content}
    </HeatmapTd>
  );
}
