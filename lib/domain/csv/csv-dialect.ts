import { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import type { AppLocale } from '@/lib/domain/i18n/locales';

/** How a CSV separates its cells and writes a decimal number, so that a spreadsheet opens it in columns. */
export interface CsvDialect {
  separator: ';' | ',' | '\t';
  decimalMark: ',' | '.';
}

/** What Excel expects in each language: Dutch and Belgian Excel split on `;` and read `61,5`. */
export const CSV_DIALECTS: Record<AppLocale, CsvDialect> = {
  nl: { separator: ';', decimalMark: ',' },
  en: { separator: ',', decimalMark: '.' },
};

const SEPARATORS = { semicolon: ';', comma: ',', tab: '\t' } as const;
const DECIMAL_MARKS = { comma: ',', point: '.' } as const;

/** `?separator=semicolon|comma|tab&decimal=comma|point`, each defaulting to the language's. */
export const csvDialectQuerySchema = z.object({
  separator: z.enum(['semicolon', 'comma', 'tab'], { error: 'The separator is semicolon, comma or tab.' }).optional(),
  decimal: z.enum(['comma', 'point'], { error: 'The decimal mark is comma or point.' }).optional(),
});

export type CsvDialectQuery = z.infer<typeof csvDialectQuerySchema>;

/**
 * The dialect asked for, each part defaulting to the language's. A comma both between cells and in
 * numbers would make every number a quoted text, so that choice is refused.
 */
export function csvDialectOf(locale: AppLocale, query: CsvDialectQuery): CsvDialect {
  const dialect: CsvDialect = {
    separator: query.separator ? SEPARATORS[query.separator] : CSV_DIALECTS[locale].separator,
    decimalMark: query.decimal ? DECIMAL_MARKS[query.decimal] : CSV_DIALECTS[locale].decimalMark,
  };
  if (dialect.separator === ',' && dialect.decimalMark === ',') {
    // A comma separator with the language's comma decimal mark: the numbers follow the separator.
    if (query.decimal === 'comma')
      throw new AppError(
        'invalid_input',
        'A comma cannot separate the cells and mark the decimals at once: choose another separator or decimal mark.',
      );
    return { separator: ',', decimalMark: '.' };
  }
  return dialect;
}

/** A number as the dialect writes it: `-6,1` for a comma decimal mark. */
export function csvNumber(value: number, dialect: CsvDialect): string {
  const text = String(value);
  return dialect.decimalMark === '.' ? text : text.replace('.', dialect.decimalMark);
}
