import type { createFormatter } from 'next-intl';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import type { AuditWording } from '@/lib/domain/audit/audit-wording';

/** next-intl's translator, whichever messages it is typed with. */
interface Translator {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

type Formatter = Pick<ReturnType<typeof createFormatter>, 'dateTime' | 'number'>;

/**
 * The log's wording from next-intl's root translator and formatter: the request's on a page or
 * route, one made with `createTranslator`/`createFormatter` elsewhere. A day is formatted at noon
 * UTC, which is the same day in every European time zone.
 */
export function auditWordingOf(locale: AppLocale, t: Translator, format: Formatter): AuditWording {
  return {
    locale,
    t: (key, values) => t(key as never, values as never),
    has: (key) => t.has(key as never),
    day: (isoDay) => format.dateTime(new Date(`${isoDay}T12:00:00Z`), { dateStyle: 'medium' }),
    moment: (value) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' }),
    number: (value) => format.number(value),
  };
}
