import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { csvDialectQuerySchema } from '@/lib/domain/csv/csv-dialect';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';
import { AUDIT_ACTIONS } from './audit-actions';

export const AUDIT_PAGE_SIZE = 50;
/** An export holds at most this many entries, the newest; a narrower filter gets the rest. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const day = (which: string) =>
  z.union([z.literal(''), z.iso.date({ message: `The ${which} date must be a date such as 2026-11-30.` })]);

/**
 * The audit log's filters, from the page's query string, the API's or the export's: an action, a
 * person (part of a name or e-mail address, who made the change or whom it was about), and a range
 * of days in the organisation's time zone, both days included.
 */
export const auditFilterSchema = z
  .object({
    action: z
      .enum(['', ...AUDIT_ACTIONS], { message: `The action must be one of: ${AUDIT_ACTIONS.join(', ')}.` })
      .default(''),
    person: z.string().trim().max(200, 'The person to look for is at most 200 characters long.').default(''),
    from: day('from').default(''),
    to: day('to').default(''),
    page: z.coerce
      .number({ message: 'The page must be a whole number from 1.' })
      .int('The page must be a whole number from 1.')
      .min(1, 'The page must be a whole number from 1.')
      .max(100_000, 'The page must be at most 100000.')
      .default(1),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: 'The from date must not lie after the to date.',
    path: ['from'],
  });

export type AuditFilter = z.output<typeof auditFilterSchema>;

export const EMPTY_AUDIT_FILTER: AuditFilter = { action: '', person: '', from: '', to: '', page: 1 };

/** The moment a day (`2026-11-30`) starts in the organisation's time zone, or the day `later` days after it. */
export function organisationDayStart(isoDay: string, later = 0): Date {
  const [year, month, date] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date + later, 0, 0, 0, ORGANISATION_TIME_ZONE).getTime());
}

/** The filter's days as moments: from the start of `from` up to, not including, the start of the day after `to`. */
export function auditRange(filter: Pick<AuditFilter, 'from' | 'to'>): { since?: Date; until?: Date } {
  return {
    since: filter.from ? organisationDayStart(filter.from) : undefined,
    until: filter.to ? organisationDayStart(filter.to, 1) : undefined,
  };
}

/** The filter as a query string, without what is empty: for links that keep a view. */
export function auditFilterQuery(filter: Partial<AuditFilter>): string {
  const entries = Object.entries(filter).filter(([key, value]) => value !== '' && !(key === 'page' && value === 1));
  return new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString();
}

/** The API's and the export's query: the same filters, and nothing else, so that a misspelt filter is refused rather than ignored. */
export const auditQuerySchema = auditFilterSchema.strict();

/** The export's query: the filters and the CSV's separator and decimal mark. */
export const auditExportQuerySchema = auditFilterSchema.extend(csvDialectQuerySchema.shape).strict();
