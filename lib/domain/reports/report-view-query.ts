import { z } from 'zod';
import { type HeatmapMode, withHeatmapMode } from '@/lib/domain/heatmap-views/heatmap-mode';
import { PERIOD_KINDS, isPeriodLabel } from '@/lib/domain/periods/period-labels';
import { TREND_RANGES } from './trend-range';

export const DEFAULT_VIEW = { period: 'month', range: '6m' } as const;

/**
 * A report page's search parameters: the period kind, the trend range and the period to show.
 * Pages fall back to the defaults on anything they do not understand (APIs answer 422 instead).
 */
export const reportViewQuerySchema = z
  .object({
    period: z.enum(PERIOD_KINDS).catch(DEFAULT_VIEW.period),
    range: z.enum(TREND_RANGES).catch(DEFAULT_VIEW.range),
    at: z.string().optional().catch(undefined),
  })
  .transform((query) => ({
    ...query,
    at: query.at !== undefined && isPeriodLabel(query.period, query.at) ? query.at : undefined,
  }));

export type ReportViewQuery = z.output<typeof reportViewQuerySchema>;

/** A report page's parameters as a query string, with the period shown and the heatmap's mode (`show`, left out for scores). */
export function reportViewSearch(query: ReportViewQuery, at: string | null, mode: HeatmapMode): string {
  const search = new URLSearchParams({ period: query.period, range: query.range });
  if (at) search.set('at', at);
  return withHeatmapMode(search, mode).toString();
}
