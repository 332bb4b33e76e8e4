import { describe, expect, it } from 'vitest';
import { SCORE_BANDS, scoreBand } from './score-scale';

describe('heatmap colour scale', () => {
  it('covers 0 to 100 without gaps', () => {
    expect(SCORE_BANDS[0]!.from).toBe(0);
    expect(SCORE_BANDS.at(-1)!.to).toBe(100);
    SCORE_BANDS.slice(1).forEach((band, index) => expect(band.from).toBe(SCORE_BANDS[index]!.to));
  });

  it('puts each score in its band, 100 in the last', () => {
    expect(scoreBand(0)).toBe(SCORE_BANDS[0]);
    expect(scoreBand(34.9)).toBe(SCORE_BANDS[0]);
    expect(scoreBand(35)).toBe(SCORE_BANDS[1]);
    expect(scoreBand(50)).toBe(SCORE_BANDS[2]);
    expect(scoreBand(100)).toBe(SCORE_BANDS.at(-1));
  });
});
