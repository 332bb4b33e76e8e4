import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { readRollupCells } from './read-rollup-cells';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
});
afterAll(() => database.destroy());

describe('readRollupCells', () => {
  it('reads every unit, one connection line per statement, the same cells as naming each unit', async () => {
    const structure = await loadOrgStructure(database.db);
    const units = [ORG_UNIT, ...[...structure.departments.keys()].map(departmentUnit), ...[...structure.teams.keys()].map(teamUnit)];
    const kinds = ['week', 'month', 'quarter'] as const;

    const everyUnit = await readRollupCells(database.db, { kinds });
    const named = await readRollupCells(database.db, { kinds, units });

    const sorted = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(everyUnit.lineCounts.size).toBeGreaterThan(0);
    expect(new Set([...everyUnit.lineCounts.keys()].map((key) => key.split('|').at(-1)))).toEqual(new Set(['1', '2', '3', '4']));
    expect(sorted(everyUnit.lineCounts)).toEqual(sorted(named.lineCounts));
    expect(sorted(everyUnit.respondents)).toEqual(sorted(named.respondents));
  });
});
