import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { spreadsheetSafeCell, startsLikeFormula } from './spreadsheet-safe-cell';

const FORMULAS = [
  '=HYPERLINK("http://evil.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '\n=1',
  '\0x',
  ' =1+1',
  '\u00a0@SUM(1)',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1)',
];
const TEXTS = [
  'Magazijn',
  'Data & Rapportering',
  "'=already quoted",
  'R&D - Noord',
  'a=b',
  '3-2',
  '',
  ' ',
  '2026-W03',
  'too-few',
];

describe('spreadsheetSafeCell', () => {
  it.each(FORMULAS)('prefixes a single quote to %j', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
    expect(spreadsheetSafeCell(text)).toBe(`'${text}`);
  });

  it.each(TEXTS)('leaves %j as it is', (text) => {
    expect(startsLikeFormula(text)).toBe(false);
    expect(spreadsheetSafeCell(text)).toBe(text);
  });

  it('neutralises at least every cell csv-stringify’s own escape_formulas option does', () => {
    for (const text of [...FORMULAS, ...TEXTS]) {
      const library = stringify([[text]], { escape_formulas: true, quote: '', record_delimiter: '\u0001', eof: false });
      if (library !== text) expect(spreadsheetSafeCell(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });
});
