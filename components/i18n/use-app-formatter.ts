'use client';
import { type Locale, createFormatter, useLocale, useTimeZone } from 'next-intl';
import { useMemo } from 'react';
import { formattingLocale } from '@/lib/domain/i18n/date-format';

/** next-intl's formatter in the browser, writing dates as in Belgium (nl) or Britain (en), as the server does. */
export function useAppFormatter() {
  // createFormatter hands the locale to Intl as it is; its type names only the interface languages.
  const locale = useLocale();
  const timeZone = useTimeZone();
  return useMemo(() => createFormatter({ locale: formattingLocale(locale) as Locale, timeZone }), [locale, timeZone]);
}
