import { describe, expect, it } from 'vitest';
import { flattenDepartmentTree } from './flatten-department-tree';

describe('flattening the department tree', () => {
  it('lists each department before those inside it, siblings by name, with depth and path', () => {
    const flat = flattenDepartmentTree([
      { id: 3, name: 'Logistiek', parentId: 1 },
      { id: 2, name: 'Verkoop', parentId: null },
      { id: 1, name: 'Productie', parentId: null },
      { id: 4, name: 'Expeditie', parentId: 3 },
      { id: 5, name: 'Assemblage', parentId: 1 },
    ]);
    expect(flat.map((d) => [d.id, d.depth, d.path.join(' › ')])).toEqual([
      [1, 0, 'Productie'],
      [5, 1, 'Productie › Assemblage'],
      [3, 1, 'Productie › Logistiek'],
      [4, 2, 'Productie › Logistiek › Expeditie'],
      [2, 0, 'Verkoop'],
    ]);
  });

  it('keeps a department whose parent is missing, at the top', () => {
    expect(flattenDepartmentTree([{ id: 7, name: 'Orphan', parentId: 99 }]).map((d) => d.depth)).toEqual([0]);
  });
});
