import { describe, expect, it } from 'vitest';
import { planTeamMove } from './plan-team-move';

const stay = { id: 7, teamId: 1, validFrom: '2026-03-01' };

describe('planning a team move', () => {
  it('closes the current stay and opens a new one, keeping history', () => {
    expect(planTeamMove(stay, 2, '2026-05-04', '2026-05-10')).toEqual({ kind: 'close-and-open', stayId: 7 });
    expect(planTeamMove(stay, null, '2026-05-10', '2026-05-10')).toEqual({ kind: 'close-and-open', stayId: 7 });
  });

  it('changes nothing when the person is already in the team', () => {
    expect(planTeamMove(stay, 1, '2026-05-04', '2026-05-10')).toEqual({ kind: 'unchanged' });
  });

  it('opens a first stay for someone without a team', () => {
    expect(planTeamMove(null, 2, '2026-05-04', '2026-05-10')).toEqual({ kind: 'join' });
  });

  it('corrects a stay that began the same day instead of leaving a stay of no days', () => {
    expect(planTeamMove(stay, 2, '2026-03-01', '2026-05-10')).toEqual({ kind: 'correct', stayId: 7 });
  });

  it('refuses a move before the current stay began or in the future', () => {
    expect(planTeamMove(stay, 2, '2026-02-28', '2026-05-10')).toEqual({
      kind: 'refused',
      reason: 'moveBeforeCurrentTeam',
    });
    expect(planTeamMove(stay, 2, '2026-05-11', '2026-05-10')).toEqual({ kind: 'refused', reason: 'moveInFuture' });
    expect(planTeamMove(null, 2, '2026-05-11', '2026-05-10')).toEqual({ kind: 'refused', reason: 'moveInFuture' });
  });
});
