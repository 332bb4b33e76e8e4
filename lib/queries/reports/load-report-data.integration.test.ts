import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { loadOrgStructure } from '@/lib/queries/organisation/load-org-structure';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { createCellBook } from '@/lib/domain/reports/cell-book';
import { loadReportData } from './load-report-data';
import { readPublishedCells } from './read-published-cells';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { today: new Date('2026-12-03T09:00:00Z') });
});
afterAll(() => database.destroy());

describe('loadReportData', () => {
  it('reads every published period and nothing of the open one', async () => {
    const data = await loadReportData(database.db, { kinds: ['week', 'month', 'quarter'] });
    const book = createCellBook(data);
    expect(book.periods('month')).toContain('2026-11');
    expect(book.periods('month')).not.toContain('2026-12');
    expect(book.pending('week')).toMatchObject({ label: '2026-W49' });
    expect(book.cell(ORG_UNIT, 'week', '2026-W49', 1)).toMatchObject({ suppressed: true, hidden: 'pending' });
  });

  it('gives each shown cell the figures of the raw answers its published atoms hold', async () => {
    const data = await loadReportData(database.db, { kinds: ['month'] });
    const raw = rowsOf<{
      unit: string;
      label: string;
      respondents: number;
      responses: number;
      favourable: number;
      answers: number;
    }>(
      await database.db.execute(sql`
        select a.unit, a.period_label as label, count(distinct r.person_id)::int as respondents, count(distinct r.id)::int as responses,
          (count(*) filter (where an.score >= 4))::int as favourable, count(an.*)::int as answers
        from published_cell_atoms a
        join responses r on r.pulse_id = a.pulse_id and r.team_id = a.team_id
        join answers an on an.response_id = r.id
        where a.period_kind = 'month'
        group by a.unit, a.period_label`),
    );
    expect(raw.length).toBeGreaterThan(100);
    for (const row of raw) {
      const cell = data.cells.get(`${row.unit}|month|${row.label}`)!;
      expect(cell.status, `${row.unit} ${row.label}`).toBe('shown');
      expect([cell.respondents, cell.responses], `${row.unit} ${row.label}`).toEqual([row.respondents, row.responses]);
      const counts = cell.lines.flat();
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(row.answers);
      expect(cell.lines.reduce((sum, line) => sum + line[3] + line[4], 0)).toBe(row.favourable);
    }
  });
});

describe('readPublishedCells', () => {
  it('reads every unit the same as naming each unit', async () => {
    const structure = await loadOrgStructure(database.db);
    const units = [
      ORG_UNIT,
      ...[...structure.departments.keys()].map(departmentUnit),
      ...[...structure.teams.keys()].map(teamUnit),
    ];
    const kinds = ['week', 'month', 'quarter'] as const;
    const everyUnit = await readPublishedCells(database.db, { kinds });
    const named = await readPublishedCells(database.db, { kinds, units });
    const sorted = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(everyUnit.size).toBeGreaterThan(0);
    expect(sorted(everyUnit)).toEqual(sorted(named));
    expect(new Set([...everyUnit.values()].map((cell) => cell.status))).toEqual(
      new Set(['shown', 'too-few', 'protecting']),
    );
  });
});
