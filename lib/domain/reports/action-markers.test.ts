import { describe, expect, it } from 'vitest';
import { markActions } from './action-markers';

const action = (createdAt: string) => ({ createdAt });

describe('markActions', () => {
  it('marks an action taken the week after the newest published week in its own week, not the week before', () => {
    const taken = action('2026-11-25T10:00:00Z'); // a Wednesday of 2026-W48
    const { axis, marked } = markActions('week', ['2026-W46', '2026-W47'], [taken], true);
    expect(axis).toEqual(['2026-W46', '2026-W47', '2026-W48']);
    expect(marked).toEqual([{ action: taken, period: '2026-W48' }]);
  });

  it('counts the week in the organisation time zone: Monday 00:30 in Brussels is still Sunday in UTC', () => {
    const taken = action('2026-11-22T23:30:00Z'); // Monday 23 November 00:30 in Brussels
    expect(markActions('week', ['2026-W47'], [taken], true).marked[0]?.period).toBe('2026-W48');
    expect(markActions('month', ['2026-10'], [action('2026-10-31T23:30:00Z')], true).marked[0]?.period).toBe('2026-11');
  });

  it('keeps a week without published results on the axis, so an action in it is not moved to the week before', () => {
    const taken = action('2026-11-18T09:00:00Z'); // 2026-W47, no results published for it
    const { axis, marked } = markActions('week', ['2026-W46', '2026-W48'], [taken], true);
    expect(axis).toEqual(['2026-W46', '2026-W47', '2026-W48']);
    expect(marked.map(({ period }) => period)).toEqual(['2026-W47']);
  });

  it('leaves out actions before the range, and after it when the range ends before the newest period', () => {
    const before = action('2026-10-01T09:00:00Z');
    const after = action('2026-11-25T10:00:00Z');
    const { axis, marked } = markActions('week', ['2026-W45', '2026-W46'], [before, after], false);
    expect(axis).toEqual(['2026-W45', '2026-W46']);
    expect(marked).toEqual([]);
  });

  it('has no axis without periods', () => {
    expect(markActions('week', [], [action('2026-11-25T10:00:00Z')], true)).toEqual({ axis: [], marked: [] });
  });
});
