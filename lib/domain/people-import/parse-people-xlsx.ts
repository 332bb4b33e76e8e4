import ExcelJS, { type CellValue } from 'exceljs';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { type ParsedPeople, type SheetRecord, readPeopleRecords } from './read-people-records';

/** The first bytes of every XLSX file: it is a ZIP archive. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export const isZipArchive = (bytes: Uint8Array) => ZIP_MAGIC.every((byte, index) => bytes[index] === byte);

/**
 * Reads the first sheet of an XLSX workbook (exceljs) into rows numbered as the spreadsheet numbers
 * them, and checks them exactly as a CSV file is checked. A file that is not a readable workbook is
 * refused (422) before anything is compared.
 */
export async function parsePeopleXlsx(bytes: Uint8Array): Promise<ParsedPeople> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (!isZipArchive(bytes)) throw new Error('not a ZIP archive');
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ChangeRefused(
      'importUnreadableXlsx',
      'The file is not a readable XLSX workbook: save it again as .xlsx or as CSV (UTF-8). Nothing was changed.',
      'invalid_input',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return readPeopleRecords([]);
  const records: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = Array.from({ length: row.cellCount }, (_, index) => textOf(row.getCell(index + 1).value));
    while (values.length > 0 && values.at(-1) === '') values.pop();
    if (values.length > 0) records.push({ values, line });
  });
  const width = records[0]?.values.length ?? 0;
  // Spreadsheets keep no empty cells at a row's end: a row is as wide as the header unless it holds more.
  return readPeopleRecords(
    records.map((record) => ({
      ...record,
      values: [...record.values, ...Array<string>(Math.max(0, width - record.values.length)).fill('')],
    })),
  );
}

/** What a cell shows: its text, a link's text, a formula's result, a date as YYYY-MM-DD. */
function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('text' in value) return textOf(value.text);
  if ('result' in value) return textOf(value.result ?? '');
  return '';
}
