import { DEFAULT_LOCALE, isLocale } from './locales';

/**
 * How dates are written for each interface language: as in Belgium in Dutch (5/12/2026) and as in
 * Britain in English (05/12/2026, 5 Dec 2026), never the American month-first order that plain
 * `en` gives. Numbers read the same in both, so the formatters of the pages use these too.
 */
export const FORMATTING_LOCALES = { nl: 'nl-BE', en: 'en-GB' } as const;

/** The locale dates and numbers are formatted in, for an interface language (Dutch when unknown). */
export function formattingLocale(locale: string): string {
  return FORMATTING_LOCALES[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

/** A date or time in the conventions of the interface language: the one helper outside React. */
export function formatDate(value: Date | string | number, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), options).format(new Date(value));
}
