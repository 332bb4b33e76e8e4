import ExcelJS from 'exceljs';
import { spreadsheetSafeCell } from '@/lib/domain/csv/spreadsheet-safe-cell';
import type { ExportTable, ExportValue } from './export-table';

const cellValue = (value: ExportValue) => (typeof value === 'string' ? spreadsheetSafeCell(value) : value);

/**
 * Tables as an Excel workbook, one sheet each: numbers are numbers, a text that would start a
 * formula gets a leading single quote (and is stored as text, never as a formula), the header row
 * is bold and frozen, and filters sit on it.
 */
export async function xlsxWorkbook(tables: readonly ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verbinding';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((header, index) => ({ header, width: table.widths?.[index] ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(cellValue));
    if (table.columns.length > 0)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
