import { describe, expect, it } from 'vitest';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { selectGuidance } from './select-guidance';

const cell = (score: number | null, change: number | null = null, significant = false): ReportCell => ({
  period: '2026-11',
  n: score === null ? null : 12,
  score,
  favourable: score,
  ciLow: score,
  ciHigh: score,
  change,
  evidence: significant ? 'clear' : null,
  significant,
  suppressed: score === null,
  hidden: score === null ? 'too-few' : null,
  heldBack: false,
});
const cells = (...list: ReportCell[]) => list.map((c, index) => ({ line: (index + 1) as ConnectionLine, cell: c }));

describe('which lines get guidance', () => {
  it('picks the weakest line, and says so when it also dropped significantly', () => {
    expect(selectGuidance(cells(cell(72), cell(38.7, -23.3, true), cell(58.5, 1.6), cell(64.3)))).toEqual([
      { line: 2, reasons: ['weakest', 'drop'] },
    ]);
  });

  it('adds every other line with a significant drop, steepest first, but not a significant rise or an insignificant drop', () => {
    expect(selectGuidance(cells(cell(70, -9, true), cell(55, -2), cell(60, -12, true), cell(80, 15, true)))).toEqual([
      { line: 2, reasons: ['weakest'] },
      { line: 3, reasons: ['drop'] },
      { line: 1, reasons: ['drop'] },
    ]);
  });

  it('gives nothing for a suppressed period', () => {
    expect(selectGuidance(cells(cell(null), cell(null), cell(null), cell(null)))).toEqual([]);
  });
});
