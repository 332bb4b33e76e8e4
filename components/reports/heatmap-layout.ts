import type { CSSProperties } from 'react';

/**
 * A heatmap's width: on a phone a narrow name column and narrow cells, so that four lines nearly
 * fit and the rest scrolls past the name column, which stays put.
 */
export const HEATMAP_WIDTH =
  'min-w-[calc(7.5rem+var(--value-columns)*4.5rem)] sm:min-w-[calc(11rem+var(--value-columns)*6.5rem)]';

export const HEATMAP_NAME_COLUMN = 'sticky left-0 z-10 w-30 break-words sm:w-44';

/** For short names (periods: W48, Q3 2026): on a phone four lines then fit beside them without scrolling. */
export const HEATMAP_SHORT_NAMES = {
  width: 'min-w-[calc(4rem+var(--value-columns)*4.5rem)] sm:min-w-[calc(11rem+var(--value-columns)*6.5rem)]',
  nameColumn: 'sticky left-0 z-10 w-16 break-words sm:w-44',
};

/** The number of columns besides the name column, for `HEATMAP_WIDTH`. */
export const valueColumns = (count: number) => ({ '--value-columns': count }) as CSSProperties;
