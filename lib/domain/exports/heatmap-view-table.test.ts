import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS } from '@/lib/domain/csv/csv-dialect';
import { messages as en } from '@/messages/en';
import { messages as nl } from '@/messages/nl';
import { heatmapRow } from '@/testing/heatmap-row-fixture';
import { exportTableCsv } from './export-table';
import { exportWords } from './export-words';
import { heatmapViewTable } from './heatmap-view-table';
import { xlsxWorkbook } from './xlsx-workbook';

const EVIL_NAMES = ['=HYPERLINK("http://evil.example","x")', '+32 Team', '-Team', '@SUM(1)'];
const shown = { ...heatmapRow(1, 'Financiën', [61.5, 70, 55.2, 48], 72.5), depth: 0, expanded: true };
shown.cells[3] = { ...shown.cells[3]!, change: -6.1, evidence: 'clear', significant: true };
const hidden = {
  ...heatmapRow(9, 'Juridische Zaken', [null, null, null, null], null, 'team'),
  depth: 1,
  expanded: null,
};
const evil = EVIL_NAMES.map((name, index) => ({
  ...heatmapRow(20 + index, name, [50, 50, 50, 50]),
  depth: 0,
  expanded: null,
}));
const view = { period: 'month' as const, at: '2026-10', rows: [shown, hidden, ...evil] };

describe('a heatmap view for people', () => {
  it('opens in Dutch Excel in columns: `;` between cells, `,` in numbers, line names and words in Dutch', () => {
    const csv = exportTableCsv(heatmapViewTable(view, exportWords(nl)), CSV_DIALECTS.nl);
    const rows = parse<Record<string, string>>(csv, { columns: true, bom: true, delimiter: ';' });
    expect(rows[0]).toMatchObject({
      Naam: 'Financiën',
      Soort: 'Afdeling',
      'Soort periode': 'Maand',
      'Waarden – score': '61,5',
      'Integriteit – verandering': '-6,1',
      'Integriteit – bewijs voor de verandering': 'duidelijk',
      'Integriteit – duidelijke verandering': 'ja',
      'Deelname (%)': '72,5',
      Verborgen: 'nee',
    });
    expect(rows[1]).toMatchObject({
      Naam: 'Juridische Zaken',
      Soort: 'Team',
      Verborgen: 'ja',
      'Waarom verborgen': 'te weinig antwoorden',
    });
    expect(rows[1]!['Waarden – score']).toBe('');
    expect(Object.keys(rows[0]!).some((header) => header.startsWith('line_'))).toBe(false);
  });

  it('says it in English for an English reader, with a comma and a point', () => {
    const csv = exportTableCsv(heatmapViewTable(view, exportWords(en)), CSV_DIALECTS.en);
    const rows = parse<Record<string, string>>(csv, { columns: true, bom: true });
    expect(rows[0]).toMatchObject({
      Name: 'Financiën',
      Kind: 'Department',
      'Values – score': '61.5',
      'Integrity – change': '-6.1',
    });
  });

  it('neutralises a name that would start a formula, in the CSV and in the workbook', async () => {
    const table = heatmapViewTable(view, exportWords(nl));
    const rows = parse<Record<string, string>>(exportTableCsv(table, CSV_DIALECTS.nl), {
      columns: true,
      bom: true,
      delimiter: ';',
    });
    expect(rows.slice(2).map((row) => row.Naam)).toEqual(EVIL_NAMES.map((name) => `'${name}`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await xlsxWorkbook([table])).buffer);
    const sheet = workbook.worksheets[0]!;
    const names = EVIL_NAMES.map((_, index) => sheet.getRow(4 + index).getCell(4));
    expect(names.map((cell) => [cell.type, cell.value])).toEqual(
      EVIL_NAMES.map((name) => [ExcelJS.ValueType.String, `'${name}`]),
    );
  });

  it('is a workbook whose numbers are numbers, under a frozen header row of line names', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await xlsxWorkbook([heatmapViewTable(view, exportWords(nl))])).buffer);
    const sheet = workbook.getWorksheet('Heatmap')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    expect(sheet.getRow(2).getCell(column('Waarden – score')).value).toBe(61.5);
    expect(sheet.getRow(2).getCell(column('Integriteit – verandering')).value).toBe(-6.1);
    expect(sheet.getRow(2).getCell(column('Deelname (%)')).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(3).getCell(column('Waarden – score')).value).toBeNull();
  });
});
