import { describe, expect, it } from 'vitest';
import { matchDepartmentPath } from './scim-department-path';

const tree = [
  { id: 1, name: 'Productie', parentId: null },
  { id: 2, name: 'Magazijn', parentId: 1 },
  { id: 3, name: 'Magazijn', parentId: null },
  { id: 4, name: 'Verkoop', parentId: null },
  { id: 5, name: 'Export', parentId: 4 },
  { id: 6, name: 'export', parentId: 4 },
];

describe('a department path matched from the top of the tree', () => {
  it('finds each name inside the one before, whatever its case', () => {
    expect(matchDepartmentPath(tree, ['productie', 'MAGAZIJN'])).toEqual({ departmentId: 2, missing: [] });
    expect(matchDepartmentPath(tree, ['Magazijn'])).toEqual({ departmentId: 3, missing: [] });
  });

  it('names what is missing below the deepest department found', () => {
    expect(matchDepartmentPath(tree, ['Productie', 'Magazijn', 'Heftrucks', 'Nacht'])).toEqual({
      departmentId: 2,
      missing: ['Heftrucks', 'Nacht'],
    });
    expect(matchDepartmentPath(tree, ['Nieuw', 'Magazijn'])).toEqual({
      departmentId: null,
      missing: ['Nieuw', 'Magazijn'],
    });
  });

  it('refuses to guess between two departments of one name in one place', () => {
    expect(() => matchDepartmentPath(tree, ['Verkoop', 'Export'])).toThrow(/2 departments "Verkoop \/ Export"/);
  });
});
