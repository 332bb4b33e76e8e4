import { describe, expect, it } from 'vitest';
import { liveRespondentBand } from './live-respondent-band';

describe('the open pulse’s respondents', () => {
  it('shows nothing below k and steps only in multiples of k', () => {
    expect([0, 1, 4, 5, 6, 9, 10, 14, 15].map((n) => liveRespondentBand(n, 5))).toEqual([
      null,
      null,
      null,
      5,
      5,
      5,
      10,
      10,
      15,
    ]);
    expect([2, 3, 5, 6, 7].map((n) => liveRespondentBand(n, 3))).toEqual([null, 3, 3, 6, 6]);
  });
});
