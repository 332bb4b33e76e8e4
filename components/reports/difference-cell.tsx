import type { Difference } from '@/lib/domain/reports/comparisons';
import { DifferenceMarker } from './difference-marker';
import { SUPPRESSED_STYLE } from './score-scale';

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
    <td className="border border-white p-0 text-center align-middle" style={style}>
      {href ? (
        <a
          href={href}
          className={`${box} text-inherit no-underline hover:underline focus-visible:outline-offset-[-3px]`}
        >
          {content}
        </a>
      ) : (
        <div className={box}>{content}</div>
      )}
    </td>
  );
}
