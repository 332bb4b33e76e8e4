import type { CsvDialect } from '@/lib/domain/csv/csv-dialect';
import { stringifyCsv } from '@/lib/domain/csv/stringify-csv';

/** A cell of an export meant for people: a number stays a number, every word is in their language. */
export type ExportValue = string | number | null;

/** One table of an export: a CSV file, or a sheet of a workbook. */
export interface ExportTable {
  /** The sheet's name (at most 31 characters, as Excel allows). */
  name: string;
  columns: readonly string[];
  rows: readonly (readonly ExportValue[])[];
  /** How wide each column is in a sheet, in characters; 14 when not given. */
  widths?: readonly number[];
}

/** A table as a CSV in the reader's dialect, with a byte order mark so that Excel reads the accents. */
export function exportTableCsv(table: ExportTable, dialect: CsvDialect): string {
  return stringifyCsv(table.rows, { columns: table.columns, bom: true, dialect });
}

/** Several tables as one CSV: they share their columns (one sheet per period kind in a workbook). */
export function joinTables(name: string, tables: readonly ExportTable[]): ExportTable {
  return {
    name,
    columns: tables[0]?.columns ?? [],
    rows: tables.flatMap((table) => table.rows),
    widths: tables[0]?.widths,
  };
}
