import { describe, expect, it } from 'vitest';
import { teamPulseDeltas } from './response-change-deltas';

describe('teamPulseDeltas', () => {
  it('counts a new response once in its team and takes a deleted one out', () => {
    expect(teamPulseDeltas({ pulseId: 9, before: null, after: 3 })).toEqual([
      { team_id: 3, pulse_id: 9, respondents: 1 },
    ]);
    expect(teamPulseDeltas({ pulseId: 9, before: 3, after: null })).toEqual([
      { team_id: 3, pulse_id: 9, respondents: -1 },
    ]);
  });

  it('changes nothing for a revision in the same team, and moves one that now counts in another', () => {
    expect(teamPulseDeltas({ pulseId: 9, before: 3, after: 3 })).toEqual([]);
    expect(teamPulseDeltas({ pulseId: 9, before: 3, after: 4 })).toEqual([
      { team_id: 3, pulse_id: 9, respondents: -1 },
      { team_id: 4, pulse_id: 9, respondents: 1 },
    ]);
  });
});
