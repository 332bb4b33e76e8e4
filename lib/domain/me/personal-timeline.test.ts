import { describe, expect, it } from 'vitest';
import type { PersonalPoint } from './personal-line-scores';
import { personalTimeline } from './personal-timeline';

const point = (period: string, score: number | null): PersonalPoint => ({
  period,
  scores: { 1: score, 2: score, 3: score, 4: null },
});

describe('personalTimeline', () => {
  it('puts skipped weeks on the axis as gaps instead of drawing the next answer beside the last', () => {
    const { periods, series } = personalTimeline([point('2026-W45', 60), point('2026-W48', 75), point('2026-W49', 80)]);
    expect(periods).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49']);
    expect(series[1]).toEqual([60, null, null, 75, 80]);
    expect(series[4]).toEqual([null, null, null, null, null]);
  });

  it('runs across the turn of an ISO year', () => {
    expect(personalTimeline([point('2026-W52', 50), point('2027-W01', 55)]).periods).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
  });

  it('has an empty axis without answers', () => {
    expect(personalTimeline([]).periods).toEqual([]);
  });
});
