import { parsePeopleCsv } from './parse-people-csv';
import { XLSX_CONTENT_TYPE } from './people-import-form';
import { isZipArchive, parsePeopleXlsx } from './parse-people-xlsx';
import type { ParsedPeople } from './read-people-records';

/** An uploaded people file: CSV text, or the bytes of an XLSX workbook. */
export type PeopleFile = { kind: 'csv'; text: string } | { kind: 'xlsx'; bytes: Uint8Array };

/**
 * What an upload is: an XLSX workbook when its content type or file name says so, or when it is a
 * ZIP archive (as every XLSX file is) whatever it claims; otherwise CSV text in UTF-8.
 */
export function peopleFileOf(bytes: Uint8Array, contentType: string | null, fileName = ''): PeopleFile {
  const xlsx = isZipArchive(bytes) || contentType === XLSX_CONTENT_TYPE || fileName.toLowerCase().endsWith('.xlsx');
  return xlsx ? { kind: 'xlsx', bytes } : { kind: 'csv', text: new TextDecoder().decode(bytes) };
}

/** The same checks for either kind: the sheet is turned into rows, then read as a CSV file is. Text is CSV. */
export function parsePeopleFile(file: PeopleFile | string): Promise<ParsedPeople> {
  if (typeof file === 'string') return Promise.resolve(parsePeopleCsv(file));
  return file.kind === 'xlsx' ? parsePeopleXlsx(file.bytes) : Promise.resolve(parsePeopleCsv(file.text));
}
