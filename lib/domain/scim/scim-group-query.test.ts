import { describe, expect, it } from 'vitest';
import { type MatchableGroup, groupQueryOf, matchesGroupQuery } from './scim-group-query';

const group: MatchableGroup = {
  id: '7',
  externalId: 'Ab-1',
  displayNames: ['Heftrucks', 'Productie / Magazijn / Heftrucks'],
  memberIds: new Set(['12']),
};
const matches = (filter: string) => matchesGroupQuery(group, groupQueryOf(filter));

describe('filtering groups', () => {
  it("matches Entra ID's and Okta's lookups: displayName whatever its case, externalId and id exactly", () => {
    expect(matches('displayName eq "productie / magazijn / heftrucks"')).toBe(true);
    expect(matches('displayName eq "Heftrucks"')).toBe(true);
    expect(matches('displayName eq "Magazijn"')).toBe(false);
    expect(matches('externalId eq "Ab-1"')).toBe(true);
    expect(matches('externalId eq "ab-1"')).toBe(false);
    expect(matches('id eq "7"')).toBe(true);
  });

  it('checks a membership as Entra ID does', () => {
    expect(groupQueryOf('id eq "7" and members[value eq "12"]')).toEqual({
      conditions: [{ attribute: 'id', value: '7' }],
      memberIds: ['12'],
    });
    expect(matches('id eq "7" and members[value eq "12"]')).toBe(true);
    expect(matches('id eq "7" and members[value eq "13"]')).toBe(false);
    expect(matches('id eq "8" and members[value eq "12"]')).toBe(false);
  });

  it('matches every group without a filter', () => {
    expect(groupQueryOf(null)).toEqual({ conditions: [], memberIds: [] });
    expect(matches('')).toBe(true);
  });

  it('refuses what it does not filter on, as invalidFilter', () => {
    for (const filter of [
      'displayName co "Hef"',
      'description eq "x"',
      'members[display eq "Ann"]',
      'meta.created gt "x"',
    ])
      expect(() => groupQueryOf(filter), filter).toThrow(/Groups are filtered with eq/);
  });
});
