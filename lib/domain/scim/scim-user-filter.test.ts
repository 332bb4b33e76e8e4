import { describe, expect, it } from 'vitest';
import { ScimError } from './scim-error';
import { userLookupOf } from './scim-user-filter';

describe('looking users up with a SCIM filter', () => {
  it('reads the lookups Entra ID and Okta send', () => {
    expect(userLookupOf(null)).toEqual({});
    expect(userLookupOf('userName eq "Ann@Example.be"')).toEqual({ email: 'Ann@Example.be' });
    expect(userLookupOf('emails[type eq "work"].value eq "ann@example.be"')).toEqual({ email: 'ann@example.be' });
    expect(userLookupOf('externalId eq "0a21f0f2"')).toEqual({ externalId: '0a21f0f2' });
    expect(userLookupOf('id eq "12" and userName eq "ann@example.be"')).toEqual({ id: 12, email: 'ann@example.be' });
  });

  it('finds nobody where the conditions cannot hold together', () => {
    expect(userLookupOf('id eq "abc"')).toMatchObject({ none: true });
    expect(userLookupOf('emails[type eq "home"].value eq "ann@example.be"')).toMatchObject({ none: true });
    expect(userLookupOf('userName eq "a@example.be" and userName eq "b@example.be"')).toMatchObject({ none: true });
    expect(userLookupOf('userName eq "A@example.be" and emails.value eq "a@EXAMPLE.be"')).toEqual({
      email: 'A@example.be',
    });
  });

  it('refuses other attributes and operators with invalidFilter, never answering everyone instead', () => {
    for (const filter of [
      'displayName eq "Ann"',
      'userName sw "ann"',
      'active eq true',
      'userName eq "a" or id eq "1"',
    ]) {
      let error: unknown;
      try {
        userLookupOf(filter);
      } catch (caught) {
        error = caught;
      }
      expect(error, filter).toBeInstanceOf(ScimError);
      expect((error as ScimError).toJSON(), filter).toMatchObject({ status: '400', scimType: 'invalidFilter' });
    }
  });
});
