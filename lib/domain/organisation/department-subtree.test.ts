import { describe, expect, it } from 'vitest';
import { departmentsInSubtrees } from './department-subtree';
import { buildOrgStructure } from './org-structure';

const structure = buildOrgStructure(
  [
    { id: 1, name: 'Productie', parentId: null },
    { id: 2, name: 'Productie Logistiek', parentId: 1 },
    { id: 3, name: 'Magazijnen', parentId: 2 },
    { id: 4, name: 'Verkoop', parentId: null },
    { id: 5, name: 'Assemblage', parentId: 1 },
  ],
  [],
);
const names = (ids: number[]) => departmentsInSubtrees(structure, ids).map((d) => d.name);

describe('departments in subtrees', () => {
  it('lists a department and everything below it, depth first, sub-departments by name', () => {
    expect(names([1])).toEqual(['Productie', 'Assemblage', 'Productie Logistiek', 'Magazijnen']);
  });

  it('does not repeat a department that lies below another root, and ignores unknown ids', () => {
    expect(names([2, 1, 99])).toEqual(['Productie', 'Assemblage', 'Productie Logistiek', 'Magazijnen']);
    expect(names([3, 4])).toEqual(['Magazijnen', 'Verkoop']);
    expect(names([])).toEqual([]);
  });
});
