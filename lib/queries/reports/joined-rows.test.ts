import { describe, expect, it } from 'vitest';
import { scanJoinedRows } from './joined-rows';

const scan = (text: string, width: number) => {
  const rows: [string, number[]][] = [];
  scanJoinedRows(text, width, (key, values) => rows.push([key, [...values]]));
  return rows;
};

describe('scanJoinedRows', () => {
  it('hands over every row with its key and integers, whatever their length or sign', () => {
    expect(scan('team:12|week|2026-W45|1,0,3,12,-2,105;org|quarter|2026-Q4|4,7,0,0,1,2', 5)).toEqual([
      ['team:12|week|2026-W45|1', [0, 3, 12, -2, 105]],
      ['org|quarter|2026-Q4|4', [7, 0, 0, 1, 2]],
    ]);
    expect(scan('department:3|month|2026-11,42', 1)).toEqual([['department:3|month|2026-11', [42]]]);
  });

  it('reads doubles as Postgres writes them, with a fraction or an exponent', () => {
    expect(scan('org|month|2026-11,3,3.5,-0.25,1.25e+21,6.02e-7;team:1|week|2026-W01,1,2,3,4,5.5', 5)).toEqual([
      ['org|month|2026-11', [3, 3.5, -0.25, 1.25e21, 6.02e-7]],
      ['team:1|week|2026-W01', [1, 2, 3, 4, 5.5]],
    ]);
  });

  it('hands over nothing for no rows', () => {
    expect(scan('', 5)).toEqual([]);
  });
});
