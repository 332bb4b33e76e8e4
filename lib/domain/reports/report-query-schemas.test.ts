import { describe, expect, it } from 'vitest';
import { heatmapQuerySchema, teamIdSchema } from './report-query-schemas';

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

describe('heatmapQuerySchema', () => {
  it('takes the organisation or a department', () => {
    expect(heatmapQuerySchema.parse({ unit: 'department:3' }).unit).toBe('department:3');
    expect(heatmapQuerySchema.parse({}).unit).toBe('org');
  });

  it('refuses a department id beyond Postgres integers with a message, rather than passing it to the database', () => {
    for (const unit of ['department:2147483648', 'department:99999999999', 'team:3']) {
      const result = heatmapQuerySchema.safeParse({ unit });
      expect(result.success, unit).toBe(false);
      expect(result.error?.issues[0]?.message, unit).toMatch(/department:\{id\}/);
    }
  });
});
