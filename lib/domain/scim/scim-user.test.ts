import { describe, expect, it } from 'vitest';
import { ANN } from '@/testing/scim-user';
import { type ScimPerson, localeOfLanguage, managerIdOf, scimUserResource, userNameOf } from './scim-user';
import { userAuditState, userChanges } from './scim-user-changes';

const BASE = 'https://verbinding.example/scim/v2';
const person: ScimPerson = {
  ...ANN,
  id: 12,
  createdAt: new Date('2026-01-05T08:00:00Z'),
  lastModified: new Date('2026-02-01T09:30:00Z'),
};

describe('a person as a SCIM User', () => {
  it('answers RFC 7643’s attributes, the work e-mail being the userName, and leaves out what has no value', () => {
    expect(scimUserResource(person, BASE)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: '12',
      userName: 'ann.peeters@example.be',
      name: { formatted: 'Ann Peeters', givenName: 'Ann', familyName: 'Peeters' },
      displayName: 'Ann Peeters',
      emails: [{ value: 'ann.peeters@example.be', type: 'work', primary: true }],
      active: true,
      preferredLanguage: 'nl',
      meta: {
        resourceType: 'User',
        created: '2026-01-05T08:00:00.000Z',
        lastModified: '2026-02-01T09:30:00.000Z',
        location: `${BASE}/Users/12`,
      },
    });
  });

  it('names the manager in the enterprise extension, and the language tag as it was sent', () => {
    const resource = scimUserResource(
      { ...person, externalId: 'e-12', managerId: 7, preferredLanguage: 'nl-BE', givenName: null, familyName: null },
      BASE,
    );
    expect(resource).toMatchObject({
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:User',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      ],
      externalId: 'e-12',
      name: { formatted: 'Ann Peeters' },
      preferredLanguage: 'nl-BE',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
        manager: { value: '7', $ref: `${BASE}/Users/7` },
      },
    });
    expect(resource.name).not.toHaveProperty('givenName');
  });
});

describe('the values SCIM sends', () => {
  it('reads Dutch and English language tags, and no other language', () => {
    expect(['nl', 'nl-BE', 'NL_nl', 'en-US', 'en'].map(localeOfLanguage)).toEqual(['nl', 'nl', 'nl', 'en', 'en']);
    expect([localeOfLanguage('fr-BE'), localeOfLanguage(''), localeOfLanguage(null)]).toEqual([null, null, null]);
  });

  it('reads a manager as the RFC writes it and as Entra ID does, and refuses what is not an id', () => {
    expect([managerIdOf({ value: '12' }), managerIdOf('12'), managerIdOf(12)]).toEqual([12, 12, 12]);
    expect([managerIdOf(null), managerIdOf(''), managerIdOf({ value: '' })]).toEqual([null, null, null]);
    for (const value of ['abc', '0', '99999999999', { value: 'x' }, true])
      expect(() => managerIdOf(value)).toThrow(/manager must be the SCIM id/);
  });

  it('takes a userName only when it is an e-mail address', () => {
    expect(userNameOf('  Ann@Example.be ')).toBe('Ann@Example.be');
    expect(() => userNameOf('Test_User_00aa00aa')).toThrow(/e-mail address/);
    expect(() => userNameOf(12)).toThrow(/e-mail address/);
  });
});

describe('what the audit log records of a SCIM change', () => {
  it('holds the changed attributes only, under the log’s names, or nothing', () => {
    expect(userChanges(person, { ...person })).toBeNull();
    expect(userChanges(person, { ...person, familyName: 'Janssens', managerId: 7, active: false })).toEqual({
      before: { familyName: 'Peeters', managerId: null },
      after: { familyName: 'Janssens', managerId: 7 },
    });
    expect(userAuditState(person)).toEqual({
      email: person.userName,
      name: 'Ann Peeters',
      givenName: 'Ann',
      familyName: 'Peeters',
      locale: 'nl',
      active: true,
    });
  });
});
