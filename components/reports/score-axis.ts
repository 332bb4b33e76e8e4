export interface ScoreAxis {
  min: number;
  max: number;
}

/** Whole tens of the 0–100 scale, so that the ticks stay round. */
const STEP = 10;

/**
 * The part of the 0–100 scale a chart needs: the tens around the values shown, with some room,
 * never less than 30 points tall so that small differences do not look like large ones. The whole
 * scale when there is nothing to show.
 */
export function fitScoreAxis(values: readonly (number | null | undefined)[]): ScoreAxis {
  const shown = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (shown.length === 0) return { min: 0, max: 100 };
  let min = Math.max(0, Math.floor((Math.min(...shown) - 5) / STEP) * STEP);
  let max = Math.min(100, Math.ceil((Math.max(...shown) + 5) / STEP) * STEP);
  while (max - min < 30) {
    if (min > 0) min -= STEP;
    if (max - min < 30 && max < 100) max += STEP;
  }
  return { min, max };
}
