import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stringifyCsv } from './stringify-csv';

const EVIL = '=HYPERLINK("http://evil.example","x")';

describe('stringifyCsv', () => {
  it('quotes and prefixes a formula-like text cell, so that a spreadsheet shows it as text', () => {
    const csv = stringifyCsv([['team', 1, EVIL]], { columns: ['kind', 'id', 'name'] });
    expect(csv).toBe(`kind,id,name\nteam,1,"'=HYPERLINK(""http://evil.example"",""x"")"\n`);
    expect(parse(csv, { columns: true })).toEqual([{ kind: 'team', id: '1', name: `'${EVIL}` }]);
  });

  it('keeps numbers, negative ones too, booleans and empty cells as they are', () => {
    const csv = stringifyCsv([[-3.2, 0, 71.5, true, false, null, undefined, 'Magazijn']], {
      columns: ['change', 'zero', 'score', 'significant', 'suppressed', 'n', 'ci', 'name'],
    });
    expect(csv.split('\n')[1]).toBe('-3.2,0,71.5,true,false,,,Magazijn');
  });

  it('starts with a byte order mark when asked', () => {
    expect(stringifyCsv([['Één']], { columns: ['name'], bom: true })).toBe('\uFEFFname\nÉén\n');
  });
});
