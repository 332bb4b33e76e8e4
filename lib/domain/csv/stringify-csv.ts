import { type Cast, stringify } from 'csv-stringify/sync';
import { type CsvDialect, csvNumber } from './csv-dialect';
import { spreadsheetSafeCell } from './spreadsheet-safe-cell';

export interface CsvOptions {
  columns: readonly string[];
  /** A byte order mark, so that spreadsheets read accented names as UTF-8. */
  bom?: boolean;
  /** The separator and decimal mark; a comma and a point when none is given. */
  dialect?: CsvDialect;
}

/** A text cell changed to be safe is quoted as well, as OWASP advises. */
const safeText: Cast<string> = (value) => {
  const safe = spreadsheetSafeCell(value);
  return safe === value ? value : { value: safe, quoted: true };
};

/**
 * Every CSV export writes its rows here, so none can forget what makes a file safe to open in a
 * spreadsheet: a text cell that would start a formula gets a leading single quote (OWASP "CSV
 * Injection"); numbers, negative ones included, stay numbers, with the dialect's decimal mark;
 * booleans are `true` and `false`.
 */
export function stringifyCsv(
  rows: readonly (readonly unknown[])[],
  { columns, bom = false, dialect = { separator: ',', decimalMark: '.' } }: CsvOptions,
): string {
  return stringify(rows as unknown[][], {
    header: true,
    columns: [...columns],
    bom,
    delimiter: dialect.separator,
    cast: {
      boolean: (value) => String(value),
      number: (value) => csvNumber(value, dialect),
      string: safeText,
    },
  });
}
