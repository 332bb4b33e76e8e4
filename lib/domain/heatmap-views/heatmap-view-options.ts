import { z } from 'zod';
import { MAX_DATABASE_ID, databaseIdText } from '@/lib/domain/validation/database-id';
import { HEATMAP_SORT_KEYS, SORT_ORDERS } from './sort-heatmap-rows';

/**
 * The expansions and sort of a heatmap view, as the export API takes them (`expand=3,5`,
 * `sort=line-4`, `order=desc`); unlike the pages, the API answers 422 to what it does not understand.
 */
export const heatmapViewOptionsSchema = z
  .object({
    expand: z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',') : []))
      .pipe(z.array(databaseIdText(`expand must be department ids from 1 to ${MAX_DATABASE_ID}, separated by commas.`)))
      .transform((ids) => [...new Set(ids)]),
    sort: z
      .enum(HEATMAP_SORT_KEYS, {
        message: 'sort must be name, line-1, line-2, line-3, line-4, participation or connection.',
      })
      .optional(),
    order: z.enum(SORT_ORDERS, { message: 'order must be asc or desc.' }).default('asc'),
  })
  .transform(({ expand, sort, order }) => ({ expand, sort: sort ? { key: sort, order } : null }));
