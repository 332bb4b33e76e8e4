import { z } from 'zod';

/** What a heatmap's cells show: the scores, or each row's difference from the organisation (`show=compared`). */
export const HEATMAP_MODES = ['scores', 'compared'] as const;
export type HeatmapMode = (typeof HEATMAP_MODES)[number];

/** A page's `show` parameter; anything else shows the scores, as the other report options fall back. */
export const heatmapModeSchema = z.enum(HEATMAP_MODES).catch('scores');

export function heatmapModeOf(params: Record<string, string | string[] | undefined>): HeatmapMode {
  return heatmapModeSchema.parse(params.show);
}

/** `search` with the mode set (left out for the default, scores). */
export function withHeatmapMode(search: URLSearchParams, mode: HeatmapMode): URLSearchParams {
  const next = new URLSearchParams(search);
  if (mode === 'compared') next.set('show', 'compared');
  else next.delete('show');
  return next;
}
