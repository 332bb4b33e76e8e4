import 'server-only';
import { type Locale, createFormatter } from 'next-intl';
import { getLocale, getTimeZone } from 'next-intl/server';
import { formattingLocale } from '@/lib/domain/i18n/date-format';

type AppFormatter = ReturnType<typeof createFormatter>;

// One formatter per language and time zone for the server's life: each keeps the Intl formatters it
// made, and a report page formats thousands of numbers (a new formatter per call made a new Intl object each time).
const formatters = new Map<string, AppFormatter>();

/** next-intl's formatter in the page's language, writing dates as in Belgium (nl) or Britain (en). */
export async function getAppFormatter(): Promise<AppFormatter> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // createFormatter hands the locale to Intl as it is; its type names only the interface languages.
    formatter = createFormatter({ locale: formattingLocale(locale) as Locale, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}
