import { describe, expect, it } from 'vitest';
import { attributeSelectionOf, returnsAttribute, selectAttributes } from './scim-attributes';

const EXTENSION = 'urn:verbinding:params:scim:schemas:extension:2.0:Group';
const resource = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
  id: '7',
  displayName: 'Productie / Heftrucks',
  members: [{ value: '12' }],
  [EXTENSION]: { department: 'Productie' },
  meta: { resourceType: 'Group' },
};
const select = (query: string) => selectAttributes(resource, attributeSelectionOf(new URLSearchParams(query)));

describe('attributes and excludedAttributes', () => {
  it('leaves members out as Entra ID asks, and keeps id and schemas whatever is asked', () => {
    expect(Object.keys(select('excludedAttributes=members'))).toEqual([
      'schemas',
      'id',
      'displayName',
      EXTENSION,
      'meta',
    ]);
    expect(Object.keys(select('excludedAttributes=id,schemas'))).toHaveLength(6);
    expect(returnsAttribute(attributeSelectionOf(new URLSearchParams('excludedAttributes=Members')), 'members')).toBe(
      false,
    );
  });

  it('returns only the attributes asked, by name, sub-attribute, core URN or extension', () => {
    expect(Object.keys(select('attributes=displayName'))).toEqual(['schemas', 'id', 'displayName']);
    expect(Object.keys(select('attributes=members.value,meta'))).toEqual(['schemas', 'id', 'members', 'meta']);
    expect(Object.keys(select(`attributes=urn:ietf:params:scim:schemas:core:2.0:Group:displayName`))).toEqual([
      'schemas',
      'id',
      'displayName',
    ]);
    expect(Object.keys(select(`attributes=${EXTENSION}:department`))).toEqual(['schemas', 'id', EXTENSION]);
    expect(Object.keys(select(`attributes=${EXTENSION}`))).toEqual(['schemas', 'id', EXTENSION]);
  });

  it('refuses what is not an attribute name', () => {
    expect(() => select('attributes=display name')).toThrow(/not an attribute path/);
  });
});
