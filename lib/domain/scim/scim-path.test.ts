import { describe, expect, it } from 'vitest';
import { ScimError } from './scim-error';
import { parseAttributePath, parseComparison } from './scim-path';

describe('SCIM attribute paths', () => {
  it('reads simple, sub-attribute, filtered and extension paths, names lowercased', () => {
    expect(parseAttributePath('userName')).toEqual({ attribute: 'username' });
    expect(parseAttributePath('name.givenName')).toEqual({ attribute: 'name', subAttribute: 'givenname' });
    expect(parseAttributePath('emails[type eq "work"].value')).toEqual({
      attribute: 'emails',
      filter: { path: { attribute: 'type' }, operator: 'eq', value: 'work' },
      subAttribute: 'value',
    });
    expect(parseAttributePath('members[value eq "12"]')).toEqual({
      attribute: 'members',
      filter: { path: { attribute: 'value' }, operator: 'eq', value: '12' },
    });
    expect(parseAttributePath('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager')).toEqual({
      schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user',
      attribute: 'manager',
    });
  });

  it('drops a core schema URN', () => {
    expect(parseAttributePath('urn:ietf:params:scim:schemas:core:2.0:User:userName')).toEqual({
      attribute: 'username',
    });
  });

  it('refuses what is not a path, as a SCIM 400', () => {
    for (const text of ['', 'a b', 'emails[type eq "work"', '1abc', 'name..x']) {
      expect(() => parseAttributePath(text)).toThrow(ScimError);
    }
    try {
      parseAttributePath('a b');
    } catch (error) {
      expect((error as ScimError).toJSON()).toMatchObject({ status: '400', scimType: 'invalidPath' });
    }
  });
});

describe('SCIM comparisons', () => {
  it('reads quoted strings with escapes, booleans, numbers, null and presence', () => {
    expect(parseComparison('userName eq "a\\"b@c.be"').value).toBe('a"b@c.be');
    expect(parseComparison('active EQ True')).toMatchObject({ operator: 'eq', value: true });
    expect(parseComparison('x gt 3').value).toBe(3);
    expect(parseComparison('x eq null').value).toBeNull();
    expect(parseComparison('title pr')).toEqual({ path: { attribute: 'title' }, operator: 'pr' });
  });

  it('reads a comparison on a filtered path, as Entra ID looks users up by their work e-mail', () => {
    expect(parseComparison('emails[type eq "work"].value eq "Ann@Example.be"')).toEqual({
      path: {
        attribute: 'emails',
        filter: { path: { attribute: 'type' }, operator: 'eq', value: 'work' },
        subAttribute: 'value',
      },
      operator: 'eq',
      value: 'Ann@Example.be',
    });
    expect(parseComparison('emails[type eq "a ] b"] pr')).toMatchObject({ operator: 'pr' });
  });

  it('refuses unquoted strings and unknown operators', () => {
    expect(() => parseComparison('userName eq bob')).toThrow(/quote strings/);
    expect(() => parseComparison('userName like "b"')).toThrow(ScimError);
  });
});
