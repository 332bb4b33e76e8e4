import { describe, expect, it } from 'vitest';
import { type ScimGroupRecord, groupDisplayNames, scimGroupResource } from './scim-group-resource';

const team: ScimGroupRecord = {
  id: 7,
  name: 'Heftrucks',
  departmentPath: ['Productie', 'Magazijn'],
  externalId: null,
  scimDisplayName: null,
  createdAt: new Date('2026-12-01T08:00:00Z'),
};
const BASE = 'https://verbinding.example/scim/v2';

describe('a team as a SCIM Group', () => {
  it('shows the displayName as it was sent, and the path form for a team no provider sent', () => {
    expect(groupDisplayNames(team)).toEqual(['Productie / Magazijn / Heftrucks']);
    expect(groupDisplayNames({ ...team, scimDisplayName: 'heftrucks' })).toEqual([
      'heftrucks',
      'Productie / Magazijn / Heftrucks',
    ]);
    expect(groupDisplayNames({ ...team, scimDisplayName: 'PRODUCTIE / Magazijn / Heftrucks' })[0]).toBe(
      'PRODUCTIE / Magazijn / Heftrucks',
    );
  });

  it('shows the path form once HR has renamed or moved the team', () => {
    expect(groupDisplayNames({ ...team, scimDisplayName: 'Vorklift' })).toEqual(['Productie / Magazijn / Heftrucks']);
    expect(groupDisplayNames({ ...team, scimDisplayName: 'Verkoop / Heftrucks' })).toEqual([
      'Productie / Magazijn / Heftrucks',
    ]);
  });

  it('is a Group resource with the extension, members with their $ref, and meta', () => {
    expect(scimGroupResource({ ...team, externalId: 'g-1' }, [{ personId: 12, name: 'Ann' }], BASE)).toEqual({
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:Group',
        'urn:verbinding:params:scim:schemas:extension:2.0:Group',
      ],
      id: '7',
      externalId: 'g-1',
      displayName: 'Productie / Magazijn / Heftrucks',
      members: [{ value: '12', display: 'Ann', $ref: `${BASE}/Users/12`, type: 'User' }],
      'urn:verbinding:params:scim:schemas:extension:2.0:Group': { department: 'Productie / Magazijn' },
      meta: { resourceType: 'Group', created: '2026-12-01T08:00:00.000Z', location: `${BASE}/Groups/7` },
    });
    expect(scimGroupResource(team, null, BASE)).not.toHaveProperty('members');
    expect(scimGroupResource(team, null, BASE)).not.toHaveProperty('externalId');
  });
});
