import { describe, expect, it } from 'vitest';
import { teamIdSchema } from './report-query-schemas';

describe('teamIdSchema', () => {
  it('takes a team id from a path segment', () => {
    expect(teamIdSchema.parse('42')).toBe(42);
  });

  it('refuses what no team id can be, a number beyond Postgres integers included, with a message', () => {
    for (const value of ['abc', '0', '-3', '1.5', '2147483648', '99999999999']) {
      const result = teamIdSchema.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(result.error?.issues[0]?.message, value).toMatch(/team id/);
    }
    expect(teamIdSchema.parse('2147483647')).toBe(2_147_483_647);
  });
});
