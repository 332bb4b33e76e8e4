import type { z } from 'zod';
import { AppError } from '@/lib/domain/errors';

/**
 * A GET route's query, checked against `schema`: a query that does not fit is a bad request
 * (422), with every problem named, before anything is read.
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, query: Record<string, string>): z.output<Schema> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`);
  throw new AppError('invalid_input', problems.join('; '));
}
