import { z } from 'zod';
import { PERIOD_KINDS, isPeriodLabel } from '@/lib/domain/periods/period-labels';
import { type UnitKey, parseUnit } from '@/lib/domain/rollups/units';
import { MAX_DATABASE_ID, databaseIdText } from '@/lib/domain/validation/database-id';

const periodSchema = z.enum(PERIOD_KINDS, { message: 'period must be week, month or quarter.' }).default('month');

export const teamIdSchema = databaseIdText(
  `The team id must be a whole number from 1 to ${MAX_DATABASE_ID}: there is no such team.`,
);

export const trendsQuerySchema = z.object({ period: periodSchema });

export const heatmapQuerySchema = z
  .object({
    unit: z
      .string()
      .default('org')
      .refine((value) => {
        const parsed = parseUnit(value);
        return parsed !== null && parsed.kind !== 'team';
      }, `unit must be "org" or "department:{id}", with an id from 1 to ${MAX_DATABASE_ID}.`)
      .transform((value) => value as UnitKey),
    period: periodSchema,
    at: z.string().optional(),
  })
  .refine((query) => query.at === undefined || isPeriodLabel(query.period, query.at), {
    message: 'at must be a period label such as 2026-W45, 2026-11 or 2026-Q4, matching period.',
    path: ['at'],
  });

/** The query string as a plain object, for the schemas above. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
