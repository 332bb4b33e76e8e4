import { z } from 'zod';
import { type ReportViewQuery, reportViewQuerySchema } from '@/lib/domain/reports/report-view-query';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';
import { type HeatmapMode, heatmapModeSchema, withHeatmapMode } from './heatmap-mode';
import { HEATMAP_SORT_KEYS, type HeatmapSort, SORT_ORDERS } from './sort-heatmap-rows';

type SearchParams = Record<string, string | string[] | undefined>;

/** Ids from `3,5` or from repeated parameters (checkboxes); anything that is not an id is dropped. */
const idsOf = (value: unknown): number[] => {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((part) =>
    typeof part === 'string' ? part.split(',') : [],
  );
  return [...new Set(parts.map(parseDatabaseId).filter((id) => id !== null))];
};

/**
 * What an HR report page adds to the report parameters: the departments expanded, the sort, and
 * the departments to compare (`compare=1` says the comparison form was sent, even with none ticked).
 * Like the other report pages, anything not understood falls back to the default.
 */
export const orgViewExtrasSchema = z.object({
  expand: z.preprocess(idsOf, z.array(z.number())),
  sort: z.enum(HEATMAP_SORT_KEYS).optional().catch(undefined),
  order: z.enum(SORT_ORDERS).catch('asc'),
  compare: z.literal('1').optional().catch(undefined),
  department: z.preprocess(idsOf, z.array(z.number())),
  show: heatmapModeSchema,
});

export interface OrgViewQuery extends ReportViewQuery {
  expand: number[];
  sort: HeatmapSort | null;
  /** The departments asked to compare, or null when no comparison was asked for. */
  compare: number[] | null;
  /** The heatmap's scores, or its rows compared with the organisation. */
  show: HeatmapMode;
}

export function parseOrgViewQuery(params: SearchParams): OrgViewQuery {
  const extras = orgViewExtrasSchema.parse(params);
  return {
    ...reportViewQuerySchema.parse(params),
    expand: extras.expand,
    sort: extras.sort ? { key: extras.sort, order: extras.order } : null,
    compare: extras.compare ? extras.department : null,
    show: extras.show,
  };
}

/**
 * A heatmap as shown, as a query string: `base`, then its period, the departments expanded and the
 * sort, each left out at its default. The page's own links and its exports say it alike.
 */
export function heatmapSearch(
  base: Record<string, string>,
  shown: { at?: string | null; expand: number[]; sort: HeatmapSort | null },
): URLSearchParams {
  const search = new URLSearchParams(base);
  if (shown.at) search.set('at', shown.at);
  if (shown.expand.length > 0) search.set('expand', shown.expand.join(','));
  if (shown.sort) {
    search.set('sort', shown.sort.key);
    search.set('order', shown.sort.order);
  }
  return search;
}

/** The parameters of a view as a query string, leaving out what is at its default. */
export function orgViewSearch(query: OrgViewQuery): URLSearchParams {
  const search = withHeatmapMode(heatmapSearch({ period: query.period, range: query.range }, query), query.show);
  if (query.compare) {
    search.set('compare', '1');
    for (const id of query.compare) search.append('department', String(id));
  }
  return search;
}

/** A link to the same page with some of the view changed, optionally to a section of it. */
export function orgViewHref(
  basePath: string,
  query: OrgViewQuery,
  changes: Partial<OrgViewQuery> = {},
  hash?: string,
): string {
  return `${basePath}?${orgViewSearch({ ...query, ...changes }).toString()}${hash ? `#${hash}` : ''}`;
}
