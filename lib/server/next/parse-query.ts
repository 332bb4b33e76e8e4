import type { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import { queryOf } from '@/lib/domain/reports/report-query-schemas';

/**
 * A GET route's query string, checked against `schema`: a query that does not fit is a bad request
 * (400), with every problem named, before anything is read.
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, request: Request): z.output<Schema> {
  const parsed = schema.safeParse(queryOf(request));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`);
  throw new AppError('bad_request', problems.join('; '));
}
