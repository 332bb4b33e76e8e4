import { describe, expect, it } from 'vitest';
import { leaderActionDoneSchema, leaderActionInputSchema } from './leader-action-schema';

const valid = {
  teamId: '7',
  line: '2',
  what: '  Eén-op-één gesprekken over talenten  ',
  owner: 'Pieter',
  dueDate: '2026-12-15',
};
const errorsOf = (input: Record<string, unknown>) =>
  Object.fromEntries(
    (leaderActionInputSchema.safeParse(input).error?.issues ?? []).map((issue) => [
      String(issue.path[0]),
      issue.message,
    ]),
  );

describe('leader action input', () => {
  it('accepts a complete action, trimmed, with an optional due date', () => {
    expect(leaderActionInputSchema.parse(valid)).toEqual({
      teamId: 7,
      line: 2,
      what: 'Eén-op-één gesprekken over talenten',
      owner: 'Pieter',
      dueDate: '2026-12-15',
    });
    expect(leaderActionInputSchema.parse({ ...valid, dueDate: '' }).dueDate).toBeNull();
    expect(leaderActionInputSchema.parse({ ...valid, dueDate: undefined }).dueDate).toBeNull();
  });

  it('names each field that is wrong with a key the form translates', () => {
    expect(errorsOf({ ...valid, what: '   ', owner: 'x'.repeat(201) })).toEqual({
      what: 'whatRequired',
      owner: 'ownerTooLong',
    });
    expect(errorsOf({ ...valid, line: '5', dueDate: '2026-02-30' })).toEqual({ line: 'line', dueDate: 'dueDate' });
    expect(errorsOf({ ...valid, teamId: 'abc', what: 'x'.repeat(501), owner: undefined })).toEqual({
      teamId: 'team',
      what: 'whatTooLong',
      owner: 'ownerRequired',
    });
  });

  it('reads the done toggle', () => {
    expect(leaderActionDoneSchema.parse({ actionId: '3', done: 'true' })).toEqual({ actionId: 3, done: true });
    expect(leaderActionDoneSchema.safeParse({ actionId: '3', done: 'yes' }).success).toBe(false);
  });
});
