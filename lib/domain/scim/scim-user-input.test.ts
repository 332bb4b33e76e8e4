import { describe, expect, it } from 'vitest';
import type { ScimUser } from './scim-user';
import { userFromResource } from './scim-user-input';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('a User resource sent with POST or PUT', () => {
  it('reads Okta’s create request, ignoring its password, groups and e-mail list', () => {
    // developer.okta.com/docs/reference/scim/scim-20/ — "Create the User"
    const user = userFromResource(
      {
        schemas: [CORE],
        userName: 'test.user@okta.local',
        name: { givenName: 'Test', familyName: 'User' },
        emails: [{ primary: true, value: 'other@okta.local', type: 'work' }],
        displayName: 'Test User',
        locale: 'en-US',
        externalId: '00ujl29u0le5T6Aj10h7',
        groups: [],
        password: '1mz050nq',
        active: true,
      },
      null,
    );
    expect(user).toEqual<ScimUser>({
      userName: 'test.user@okta.local',
      externalId: '00ujl29u0le5T6Aj10h7',
      givenName: 'Test',
      familyName: 'User',
      displayName: 'Test User',
      active: true,
      preferredLanguage: null,
      locale: 'en',
      managerId: null,
    });
  });

  it('derives the name from name.formatted or the parts, keeps the tag, and reads the manager', () => {
    const user = userFromResource(
      {
        schemas: [CORE, ENTERPRISE],
        UserName: 'jan@example.be',
        name: { GivenName: 'Jan', familyName: 'Smet' },
        preferredLanguage: 'nl-BE',
        [ENTERPRISE]: { manager: { value: '4' } },
      },
      null,
    );
    expect(user).toMatchObject({ displayName: 'Jan Smet', preferredLanguage: 'nl-BE', locale: 'nl', managerId: 4 });
    expect(
      userFromResource({ schemas: [CORE], userName: 'x@example.be', name: { formatted: 'X Y' } }, null),
    ).toMatchObject({ displayName: 'X Y', givenName: null });
  });

  it('on PUT keeps active and the language when they are left out, and clears the rest', () => {
    const current: ScimUser = {
      userName: 'jan@example.be',
      externalId: 'e1',
      givenName: 'Jan',
      familyName: 'Smet',
      displayName: 'Jan Smet',
      active: false,
      preferredLanguage: 'en',
      locale: 'en',
      managerId: 4,
    };
    expect(userFromResource({ schemas: [CORE], userName: 'jan@example.be', active: 'True' }, current)).toEqual({
      ...current,
      externalId: null,
      givenName: null,
      familyName: null,
      displayName: 'jan@example.be',
      active: true,
      preferredLanguage: null,
      managerId: null,
    });
    expect(userFromResource({ schemas: [CORE], userName: 'jan@example.be' }, current)).toMatchObject({
      active: false,
      locale: 'en',
    });
  });

  it('refuses a body that is no User, with a SCIM 400 that says why', () => {
    const refusals: [unknown, RegExp][] = [
      ['[]', /JSON object/],
      [{ userName: 'a@example.be' }, /schemas must include/],
      [{ schemas: [CORE] }, /userName is required/],
      [{ schemas: [CORE], userName: 'not-an-address' }, /e-mail address/],
      [{ schemas: [CORE], userName: 'a@example.be', active: 'maybe' }, /active must be true or false/],
      [{ schemas: [CORE], userName: 'a@example.be', displayName: 3 }, /displayName must be a string/],
      [{ schemas: [CORE], userName: 'a@example.be', [ENTERPRISE]: { manager: 'boss' } }, /manager/],
    ];
    for (const [body, message] of refusals) expect(() => userFromResource(body, null)).toThrow(message);
  });
});
