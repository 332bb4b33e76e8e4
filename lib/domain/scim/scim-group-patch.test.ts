import { describe, expect, it } from 'vitest';
import { parseGroupBody } from './scim-group-body';
import { type GroupDraft, applyGroupPatch } from './scim-group-patch';
import { SCIM_PATCH_SCHEMA, parsePatchBody } from './scim-patch';

const EXTENSION = 'urn:verbinding:params:scim:schemas:extension:2.0:Group';
const group: GroupDraft = { id: '7', displayName: 'Productie / Heftrucks', externalId: 'g-1', members: ['1', '2'] };
const patched = (...Operations: unknown[]) =>
  applyGroupPatch(group, parsePatchBody({ schemas: [SCIM_PATCH_SCHEMA], Operations }));

describe("a group's PATCH in Entra ID's and Okta's forms", () => {
  it('adds members as Entra ID does, with its operation name and a null $ref', () => {
    const after = patched({ name: 'addMember', op: 'Add', path: 'members', value: [{ $ref: null, value: '12' }] });
    expect(after.members).toEqual(['1', '2', '12']);
    expect(patched({ op: 'add', path: 'members', value: [{ value: '2' }, { value: 3 }] }).members).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('removes a member by a value filter (Entra ID) or with the members as the value (Okta)', () => {
    expect(patched({ op: 'Remove', path: 'members[value eq "2"]' }).members).toEqual(['1']);
    expect(patched({ op: 'remove', path: 'members', value: [{ value: '1' }, { value: '99' }] }).members).toEqual(['2']);
    expect(patched({ op: 'remove', path: 'members[value eq "99"]' }).members).toEqual(['1', '2']);
    expect(patched({ op: 'remove', path: 'members' }).members).toEqual([]);
  });

  it('replaces the members, and applies operations in order', () => {
    expect(patched({ op: 'replace', path: 'members', value: [{ value: '5' }] }).members).toEqual(['5']);
    expect(
      patched({ op: 'remove', path: 'members' }, { op: 'add', path: 'members', value: [{ value: '1' }] }).members,
    ).toEqual(['1']);
  });

  it('renames with a path (Entra ID) and without one, the group id along (Okta)', () => {
    expect(patched({ op: 'Replace', path: 'displayName', value: 'Productie / Vorklift' }).displayName).toBe(
      'Productie / Vorklift',
    );
    expect(patched({ op: 'replace', value: { id: '7', displayName: 'Verkoop / Heftrucks' } })).toEqual({
      ...group,
      displayName: 'Verkoop / Heftrucks',
    });
  });

  it('changes the externalId and the extension department, nested or by its full path', () => {
    expect(patched({ op: 'replace', path: 'externalId', value: 'g-2' }).externalId).toBe('g-2');
    expect(patched({ op: 'remove', path: 'externalId' }).externalId).toBeNull();
    expect(patched({ op: 'replace', path: `${EXTENSION}:department`, value: 'Verkoop' }).department).toBe('Verkoop');
    expect(patched({ op: 'replace', value: { [EXTENSION]: { department: 'Verkoop' } } }).department).toBe('Verkoop');
  });

  it('refuses what a group cannot take, as SCIM 400s', () => {
    expect(() => patched({ op: 'add', path: 'members', value: [{ value: 'ann@example.be' }] })).toThrow(
      /not the id of a user/,
    );
    expect(() => patched({ op: 'add', path: 'members', value: ['12'] })).toThrow(/an object with the user's id/);
    expect(() => patched({ op: 'remove', path: 'displayName' })).toThrow(/always has a displayName/);
    expect(() => patched({ op: 'replace', value: { id: '8', displayName: 'x' } })).toThrow(/keeps its id/);
    expect(() => patched({ op: 'replace', path: 'description', value: 'x' })).toThrow(/no attribute "description"/);
    expect(() => patched({ op: 'add', path: 'members[value eq "3"]', value: [{ value: '3' }] })).toThrow(
      /only to remove it/,
    );
    expect(() => patched({ op: 'replace', value: 'Heftrucks' })).toThrow(/object of attributes/);
  });
});

describe('a Group body (POST and PUT)', () => {
  it("reads the displayName, externalId, the extension's department and the members' ids", () => {
    expect(
      parseGroupBody({
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', EXTENSION],
        externalId: '8aa1a0c0',
        displayName: 'Heftrucks',
        members: [{ value: '12', display: 'Ann' }],
        [EXTENSION]: { department: 'Productie / Magazijn' },
        meta: { resourceType: 'Group' },
      }),
    ).toEqual({
      displayName: 'Heftrucks',
      externalId: '8aa1a0c0',
      department: 'Productie / Magazijn',
      members: ['12'],
    });
    expect(parseGroupBody({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'A / B' })).toEqual({
      displayName: 'A / B',
    });
  });

  it('refuses a body that is not a Group', () => {
    expect(() => parseGroupBody({ displayName: 'A / B' })).toThrow(/not a SCIM Group: schemas/);
    expect(() => parseGroupBody({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'] })).toThrow(/displayName/);
  });
});
