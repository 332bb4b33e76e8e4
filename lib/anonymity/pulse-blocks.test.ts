import { describe, expect, it } from 'vitest';
import { buildOrgStructure } from '@/lib/organisation/org-structure';
import { teamUnit, departmentUnit } from '@/lib/rollups/units';
import { brokenUnits } from './publication';
import { buildPulseBlocks } from './pulse-blocks';

// Operations (1) holds the teams 1, 2, 3 and the nested department North (2) with teams 4 and 5; Sales (3) holds team 6.
const structure = buildOrgStructure(
  [
    { id: 1, name: 'Operations', parentId: null },
    { id: 2, name: 'North', parentId: 1 },
    { id: 3, name: 'Sales', parentId: null },
  ],
  [1, 2, 3].map((id) => ({ id, name: `T${id}`, departmentId: 1 }))
    .concat([4, 5].map((id) => ({ id, name: `T${id}`, departmentId: 2 })))
    .concat([{ id: 6, name: 'T6', departmentId: 3 }]),
);
const blocksOf = (respondents: Record<number, number>) =>
  buildPulseBlocks(structure, new Map(Object.entries(respondents).map(([team, n]) => [Number(team), n])), 5)
    .map((block) => [...block.teamIds].sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);

describe('anonymity blocks for one pulse', () => {
  it('keeps every team on its own when each has at least k respondents', () => {
    expect(blocksOf({ 1: 5, 2: 9, 3: 7, 4: 6, 5: 8, 6: 12 })).toEqual([[1], [2], [3], [4], [5], [6]]);
  });

  it('pools a small team with the smallest sibling team', () => {
    expect(blocksOf({ 1: 3, 2: 9, 3: 7, 4: 6, 5: 8, 6: 12 })).toEqual([[1, 3], [2], [4], [5], [6]]);
  });

  it('keeps two small teams that reach k together as one block', () => {
    expect(blocksOf({ 1: 3, 2: 2, 3: 7, 4: 6, 5: 8, 6: 12 })).toEqual([[1, 2], [3], [4], [5], [6]]);
  });

  it('merges inside the nested department first, so the department stays whole', () => {
    expect(blocksOf({ 1: 9, 2: 9, 3: 7, 4: 2, 5: 8, 6: 12 })).toEqual([[1], [2], [3], [4, 5], [6]]);
  });

  it('carries a nested department that is below k as a whole up to its parent', () => {
    expect(blocksOf({ 1: 9, 2: 6, 3: 7, 4: 2, 5: 1, 6: 12 })).toEqual([[1], [2, 4, 5], [3], [6]]);
    expect([...brokenUnits(structure, { pulseId: 1, month: '2026-11', respondentsByTeam: new Map([[1, 9], [2, 6], [3, 7], [4, 2], [5, 1], [6, 12]]) }, 5)].sort()).toEqual(
      [departmentUnit(2), teamUnit(2), teamUnit(4), teamUnit(5)].sort(),
    );
  });

  it('prefers a partner whose month is hidden anyway', () => {
    const blocks = buildPulseBlocks(structure, new Map([[1, 3], [2, 9], [3, 7], [4, 6], [5, 8], [6, 12]]), 5, new Set([2]));
    expect(blocks.find((block) => block.teamIds.includes(1))?.teamIds.sort()).toEqual([1, 2]);
  });

  it('leaves teams without respondents alone', () => {
    expect(blocksOf({ 1: 0, 2: 9, 3: 7, 4: 6, 5: 8, 6: 0 })).toEqual([[1], [2], [3], [4], [5], [6]]);
  });

  it('breaks everything holding a block the whole organisation cannot lift to k', () => {
    const broken = brokenUnits(structure, { pulseId: 1, month: '2026-11', respondentsByTeam: new Map([[6, 4]]) }, 5);
    expect([...broken].sort()).toEqual(['department:3', 'org', 'team:6']);
  });
});
