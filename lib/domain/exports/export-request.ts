import { z } from 'zod';
import { csvDialectQuerySchema } from '@/lib/domain/csv/csv-dialect';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/**
 * `?layout=people` (the default): headers, line names and words in the reader's language, the CSV in
 * their dialect. `?layout=data`: the stable column keys, a comma and a point, for scripts.
 */
export const exportRequestSchema = csvDialectQuerySchema.extend({
  layout: z.enum(['people', 'data'], { error: 'The layout is people or data.' }).default('people'),
});

export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** A file to download, as the route sends it. */
export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const satisfies Record<ExportFormat, string>;
