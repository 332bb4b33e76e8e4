import { describe, expect, it } from 'vitest';
import { fitScoreAxis } from './score-axis';

describe('fitScoreAxis', () => {
  it('fits the tens around the values with some room, leaving out gaps', () => {
    expect(fitScoreAxis([62.4, null, 71.9, 55.1])).toEqual({ min: 50, max: 80 });
  });

  it('is at least 30 points tall', () => {
    expect(fitScoreAxis([70, 71])).toEqual({ min: 50, max: 80 });
    expect(fitScoreAxis([98, 99])).toEqual({ min: 70, max: 100 });
    expect(fitScoreAxis([1, 2])).toEqual({ min: 0, max: 30 });
  });

  it('stays within 0–100 and is the whole scale without values', () => {
    expect(fitScoreAxis([3, 97])).toEqual({ min: 0, max: 100 });
    expect(fitScoreAxis([null, undefined])).toEqual({ min: 0, max: 100 });
  });
});
