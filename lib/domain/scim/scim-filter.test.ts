import { describe, expect, it } from 'vitest';
import { equalityOf, parseScimFilter } from './scim-filter';

describe('SCIM filters', () => {
  it('reads the lookups Entra ID and Okta send', () => {
    expect(equalityOf(parseScimFilter('userName eq "Ann@Example.be"'), 'userName')).toBe('Ann@Example.be');
    expect(equalityOf(parseScimFilter('externalId eq "00u1"'), 'externalid')).toBe('00u1');
    expect(equalityOf(parseScimFilter('displayName eq "Team A and B"'), 'displayName')).toBe('Team A and B');
  });

  it('joins comparisons with and, outside quotes and brackets', () => {
    const filter = parseScimFilter('id eq "7" and members[value eq "12"]');
    expect(filter.all).toHaveLength(2);
    expect(filter.all[1]).toEqual({
      path: { attribute: 'members', filter: { path: { attribute: 'value' }, operator: 'eq', value: '12' } },
      operator: 'pr',
    });
    expect(equalityOf(filter, 'id')).toBe('7');
    expect(equalityOf(filter, 'members')).toBeUndefined();
  });

  it('refuses or, not and parentheses with a message', () => {
    expect(() => parseScimFilter('userName eq "a" or userName eq "b"')).toThrow(/and/);
    expect(() => parseScimFilter('not (userName eq "a")')).toThrow(/and/);
    expect(() => parseScimFilter('userName eq "a')).toThrow(/not closed/);
  });
});
