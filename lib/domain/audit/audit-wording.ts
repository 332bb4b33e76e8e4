import type { AppLocale } from '@/lib/domain/i18n/locales';

/** What the log needs to say things in the reader's language: messages (full keys) and formats. */
export interface AuditWording {
  locale: AppLocale;
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  /** A calendar day, `2026-11-30`. */
  day: (isoDay: string) => string;
  moment: (value: Date) => string;
  number: (value: number) => string;
}

/** The current names of the rows entries refer to; a row missing here no longer exists. */
export interface AuditNames {
  people: Map<number, { name: string; email: string }>;
  teams: Map<number, string>;
  departments: Map<number, string>;
  surveyItems: Map<number, { textNl: string; textEn: string }>;
}

export type NamedKind = 'person' | 'team' | 'department';

/**
 * A row by its current name; one renamed since the entry says what it was called then, one that no
 * longer exists the name it had, or its kind and number when the entry recorded no name.
 */
export function nameOf(
  w: AuditWording,
  kind: NamedKind,
  id: number,
  current: string | undefined,
  recorded?: string,
): string {
  if (current !== undefined && recorded !== undefined && recorded !== current)
    return w.t('audit.values.renamed', { name: current, recorded });
  if (current !== undefined) return current;
  if (recorded !== undefined) return w.t('audit.values.gone', { name: recorded });
  return w.t('audit.values.missing', { kind: w.t(`audit.kinds.${kind}`), id });
}
