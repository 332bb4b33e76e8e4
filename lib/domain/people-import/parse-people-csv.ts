import { CsvError, type InfoRecord, parse } from 'csv-parse/sync';
import type { ImportRowError } from './people-csv-format';
import { type ParsedPeople, type SheetRecord, readPeopleRecords } from './read-people-records';

/**
 * Reads a people CSV (csv-parse) into records with the line each starts on, and checks them as
 * any sheet is checked (read-people-records). Rows that pass come back too; the caller applies
 * nothing while any error remains.
 */
export function parsePeopleCsv(text: string): ParsedPeople {
  let records: { record: string[]; info: InfoRecord }[];
  try {
    // One kind of line break, so that the parser's line numbers are the editor's.
    const input = text.replace(/\r\n?/g, '\n');
    records = parse(input, {
      info: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      delimiter: [',', ';'],
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return unreadable(Number(error.lines ?? 1));
    throw error;
  }
  return readPeopleRecords(records.map((entry): SheetRecord => ({ values: entry.record, line: startLine(entry) })));
}

function unreadable(line: number): ParsedPeople {
  const errors: ImportRowError[] = [{ line, problem: 'unreadable' }];
  return { rows: [], rejected: [], errors };
}

/** csv-parse counts lines up to a record's end; a quoted value with line breaks starts earlier. */
function startLine({ record, info }: { record: string[]; info: InfoRecord }): number {
  return info.lines - record.reduce((breaks, value) => breaks + (value.match(/\n/g)?.length ?? 0), 0);
}
