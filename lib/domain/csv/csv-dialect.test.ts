import { describe, expect, it } from 'vitest';
import { csvDialectOf, csvDialectQuerySchema, csvNumber } from './csv-dialect';
import { stringifyCsv } from './stringify-csv';

describe('the CSV dialect', () => {
  it('follows the language unless asked otherwise', () => {
    expect(csvDialectOf('nl', {})).toEqual({ separator: ';', decimalMark: ',' });
    expect(csvDialectOf('en', {})).toEqual({ separator: ',', decimalMark: '.' });
    expect(csvDialectOf('en', { separator: 'semicolon', decimal: 'comma' })).toEqual({
      separator: ';',
      decimalMark: ',',
    });
    expect(csvDialectOf('nl', { separator: 'tab' })).toEqual({ separator: '\t', decimalMark: ',' });
  });

  it('gives Dutch numbers a point when the cells are separated by commas, and refuses a comma for both', () => {
    expect(csvDialectOf('nl', { separator: 'comma' })).toEqual({ separator: ',', decimalMark: '.' });
    expect(() => csvDialectOf('nl', { separator: 'comma', decimal: 'comma' })).toThrow(/comma cannot separate/);
    expect(csvDialectQuerySchema.safeParse({ separator: 'pipe' }).error?.issues[0]?.message).toBe(
      'The separator is semicolon, comma or tab.',
    );
  });

  it('writes numbers with the decimal mark, negative ones too, and leaves texts alone', () => {
    expect(csvNumber(-6.1, { separator: ';', decimalMark: ',' })).toBe('-6,1');
    const csv = stringifyCsv([[61.5, -3, 'a;b', '1.5']], {
      columns: ['score', 'change', 'name', 'label'],
      dialect: { separator: ';', decimalMark: ',' },
    });
    expect(csv).toBe('score;change;name;label\n61,5;-3;"a;b";1.5\n');
  });
});
