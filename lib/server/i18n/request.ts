import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from '@/lib/domain/i18n/locales';
import { loadMessages } from '@/lib/domain/i18n/messages';

/** The language is the visitor's choice, kept in a cookie; Dutch until they choose. */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: process.env.APP_TIME_ZONE || 'Europe/Brussels',
    messages: await loadMessages(locale),
  };
});
