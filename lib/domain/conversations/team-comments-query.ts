import { z } from 'zod';
import { PERIOD_KINDS, isPeriodLabel } from '@/lib/domain/periods/period-labels';

/** The query of `GET /api/v1/teams/{teamId}/comments`: the period, and optionally the line the comments are tagged with. */
export const teamCommentsQuerySchema = z
  .object({
    period: z.enum(PERIOD_KINDS, { message: 'period must be week, month or quarter.' }).default('month'),
    at: z.string({ message: 'at is the period to show, such as 2026-11 or 2026-Q4.' }),
    line: z
      .enum(['1', '2', '3', '4'], { message: 'line must be 1 (values), 2 (role), 3 (contribution) or 4 (integrity).' })
      .transform(Number)
      .optional(),
  })
  .refine((query) => isPeriodLabel(query.period, query.at), {
    message: 'at must be a period label such as 2026-W45, 2026-11 or 2026-Q4, matching period.',
    path: ['at'],
  });
