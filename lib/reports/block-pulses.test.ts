import { describe, expect, it } from 'vitest';
import { blockPulses } from './block-pulses';

const pulse = (id: number, week: string, month: string, quarter: string) => ({ id, labels: { week, month, quarter } });
const pulses = [
  pulse(1, '2026-W05', '2026-01', '2026-Q1'),
  pulse(2, '2026-W06', '2026-02', '2026-Q1'),
  pulse(3, '2026-W07', '2026-02', '2026-Q1'),
  pulse(4, '2026-W08', '2026-02', '2026-Q1'),
];
const finished = new Set(['week|2026-W05', 'week|2026-W06', 'week|2026-W07', 'month|2026-01']);

describe('blockPulses', () => {
  it('takes every pulse of the month of a finished week, even the weeks still open', () => {
    expect(blockPulses(pulses, ['week'], new Set(['2026-W06']), finished).map((p) => p.id)).toEqual([2, 3, 4]);
  });

  it('leaves out the pulses of periods that are not finished', () => {
    expect(blockPulses(pulses, ['month'], null, finished).map((p) => p.id)).toEqual([1]);
    expect(blockPulses(pulses, ['quarter'], null, finished)).toEqual([]);
  });
});
