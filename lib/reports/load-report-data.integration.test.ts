import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { createCellBook } from './cell-book';
import { loadReportData } from './load-report-data';
import { readRollupCells } from './read-rollup-cells';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
});
afterAll(() => database.destroy());

describe('loadReportData', () => {
  it('gives the same cells and participation once the closed pulses are remembered as on the first read', async () => {
    const cold = await loadReportData(database.db, { kinds: ['month'] });
    const warm = await loadReportData(database.db, { kinds: ['month'] });
    const [coldBook, warmBook] = [createCellBook(cold), createCellBook(warm)];
    const units = [ORG_UNIT, ...[...cold.structure.departments.keys()].map(departmentUnit), ...[...cold.structure.teams.keys()].map(teamUnit)];
    const months = coldBook.periods('month');
    expect(months.length).toBeGreaterThan(1);
    for (const month of months) {
      expect(warmBook.responsesGiven(ORG_UNIT, 'month', month), month).toBeGreaterThan(0);
      for (const unit of units) {
        expect(warmBook.shown(unit, 'month', month), `${unit} ${month}`).toBe(coldBook.shown(unit, 'month', month));
        expect(warmBook.responsesGiven(unit, 'month', month), `${unit} ${month}`).toBe(coldBook.responsesGiven(unit, 'month', month));
      }
    }
  });
});

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
