import 'server-only';
import { type Locale, createFormatter } from 'next-intl';
import { getLocale, getTimeZone } from 'next-intl/server';
import { formattingLocale } from '@/lib/domain/i18n/date-format';

/** next-intl's formatter in the page's language, writing dates as in Belgium (nl) or Britain (en). */
export async function getAppFormatter() {
  // createFormatter hands the locale to Intl as it is; its type names only the interface languages.
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return createFormatter({ locale: formattingLocale(locale) as Locale, timeZone });
}
