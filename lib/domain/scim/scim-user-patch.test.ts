import { describe, expect, it } from 'vitest';
import { ANN } from '@/testing/scim-user';
import { ScimError } from './scim-error';
import { SCIM_PATCH_SCHEMA, parsePatchBody } from './scim-patch';
import { applyUserPatch } from './scim-user-patch';

const MANAGER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager';
const user = ANN;
const patch = (Operations: unknown[], current = user) =>
  applyUserPatch(current, parsePatchBody({ schemas: [SCIM_PATCH_SCHEMA], Operations }));
const refusal = (Operations: unknown[]) => {
  try {
    patch(Operations);
  } catch (error) {
    if (error instanceof ScimError) return error.toJSON();
  }
  return null;
};

describe('a PATCH of a user', () => {
  it('applies Entra ID’s default requests: capitalised ops, "False" as a string, one path each', () => {
    // learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-config-problem-scim-compatibility
    expect(patch([{ op: 'Replace', path: 'active', value: 'False' }]).active).toBe(false);
    const changed = patch([
      { op: 'Replace', path: 'displayName', value: 'Pvlo' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'other@test.microsoft.com' },
      { op: 'Replace', path: 'name.givenName', value: 'Gtfd' },
      { op: 'Replace', path: 'name.familyName', value: 'Pkqf' },
      { op: 'Replace', path: 'externalId', value: 'Eqpj' },
      { op: 'Replace', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber', value: 'E' },
      { op: 'Add', path: 'nickName', value: 'Babs' },
    ]);
    expect(changed).toEqual({
      ...user,
      displayName: 'Pvlo',
      givenName: 'Gtfd',
      familyName: 'Pkqf',
      externalId: 'Eqpj',
    });
  });

  it('applies the SCIM-compliant form: an object of paths, URN keys included, without a path', () => {
    const changed = patch([
      {
        op: 'replace',
        value: {
          displayName: 'Bjfe',
          'name.givenName': 'Kkom',
          'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber': 'Aklq',
          [MANAGER]: '12',
        },
      },
    ]);
    expect(changed).toMatchObject({ displayName: 'Bjfe', givenName: 'Kkom', managerId: 12 });
    expect(
      patch([
        {
          op: 'add',
          value: { 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { manager: { value: '9' } } },
        },
      ]).managerId,
    ).toBe(9);
  });

  it('deactivates as Okta does, and sets and removes the manager as Entra ID does', () => {
    // developer.okta.com/docs/reference/scim/scim-20/ — "Update a specific User (PATCH)"
    expect(patch([{ op: 'replace', value: { active: false } }]).active).toBe(false);
    const managed = patch([{ op: 'Add', path: MANAGER, value: '12' }]);
    expect(managed.managerId).toBe(12);
    expect(patch([{ op: 'Remove', path: MANAGER }], managed).managerId).toBeNull();
    expect(patch([{ op: 'replace', path: `${MANAGER}.value`, value: '3' }]).managerId).toBe(3);
  });

  it('lets a derived display name follow the name, but keeps one that was given', () => {
    const derived = { ...user, displayName: 'Ann Peeters' };
    expect(patch([{ op: 'replace', path: 'name.familyName', value: 'Janssens' }], derived).displayName).toBe(
      'Ann Janssens',
    );
    const given = { ...user, displayName: 'Annie' };
    expect(patch([{ op: 'replace', path: 'name.familyName', value: 'Janssens' }], given).displayName).toBe('Annie');
    expect(patch([{ op: 'remove', path: 'displayName' }], given).displayName).toBe('Ann Peeters');
  });

  it('sets the language from preferredLanguage or locale, keeping the tag as sent', () => {
    expect(patch([{ op: 'replace', path: 'preferredLanguage', value: 'en-GB' }])).toMatchObject({
      preferredLanguage: 'en-GB',
      locale: 'en',
    });
    expect(patch([{ op: 'replace', path: 'preferredLanguage', value: 'fr-BE' }]).locale).toBe('nl');
    expect(patch([{ op: 'replace', value: { locale: 'en-US' } }]).locale).toBe('en');
  });

  it('changes the userName, and refuses to remove it or active', () => {
    expect(patch([{ op: 'Replace', path: 'userName', value: 'ann.p@example.be' }]).userName).toBe('ann.p@example.be');
    expect(refusal([{ op: 'remove', path: 'userName' }])).toMatchObject({ status: '400', scimType: 'mutability' });
    expect(refusal([{ op: 'remove', path: 'active' }])).toMatchObject({ scimType: 'mutability' });
    expect(refusal([{ op: 'replace', path: 'userName', value: 'nobody' }])).toMatchObject({ scimType: 'invalidValue' });
  });

  it('refuses unknown attributes with invalidPath and read-only ones with mutability', () => {
    expect(refusal([{ op: 'replace', path: 'shoeSize', value: 42 }])).toMatchObject({ scimType: 'invalidPath' });
    expect(refusal([{ op: 'replace', value: { favouriteColour: 'red' } }])).toMatchObject({ scimType: 'invalidPath' });
    expect(refusal([{ op: 'replace', path: 'urn:example:custom:2.0:User:tag', value: 'x' }])).toMatchObject({
      scimType: 'invalidPath',
    });
    expect(refusal([{ op: 'replace', path: 'userName[value eq "x"]', value: 'x' }])).toMatchObject({
      scimType: 'invalidPath',
    });
    expect(refusal([{ op: 'replace', path: 'id', value: '5' }])).toMatchObject({ scimType: 'mutability' });
    expect(refusal([{ op: 'add', path: 'groups', value: [{ value: '1' }] }])).toMatchObject({ scimType: 'mutability' });
    expect(refusal([{ op: 'replace', value: 'active' }])).toMatchObject({ scimType: 'invalidValue' });
  });
});
