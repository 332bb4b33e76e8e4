import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { parsePeopleXlsx } from './parse-people-xlsx';

async function workbookOf(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Mensen'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading a people workbook', () => {
  it('reads the first sheet as a CSV file is read, with the spreadsheet’s row numbers', async () => {
    const bytes = await workbookOf((sheet) => {
      sheet.addRow(['email', 'name', 'department', 'team', 'role', 'leader_email']);
      sheet.addRow([]);
      // An email Excel turned into a link, and a row whose empty cells at the end were never written.
      sheet.addRow([
        { text: 'An@Example.be', hyperlink: 'mailto:an@example.be' },
        'An Peeters',
        'Productie',
        'Magazijn',
      ]);
      sheet.addRow(['not-an-email', 'X', 'Productie', 42]);
    });
    const { rows, errors } = await parsePeopleXlsx(bytes);
    expect(rows).toEqual([
      {
        line: 3,
        email: 'an@example.be',
        name: 'An Peeters',
        department: 'Productie',
        team: 'Magazijn',
        role: null,
        leaderEmail: null,
        newDepartment: false,
      },
    ]);
    expect(errors).toEqual([{ line: 4, problem: 'email', detail: 'not-an-email' }]);
  });

  it('refuses bytes that are not a workbook, or a damaged one', async () => {
    const bytes = await workbookOf((sheet) => sheet.addRow(['email']));
    for (const bad of [new TextEncoder().encode('email,name\n'), bytes.slice(0, bytes.length / 2)]) {
      await expect(parsePeopleXlsx(bad)).rejects.toBeInstanceOf(ChangeRefused);
    }
  });
});
