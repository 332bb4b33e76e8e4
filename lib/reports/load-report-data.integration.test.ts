import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-database';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { createCellBook } from './cell-book';
import { loadReportData } from './load-report-data';

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
