import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '@/db/migrate';
import { rowsOf } from '@/db/rows';
import { publishedCellAtoms, publishedCells, responseLineSums, responses } from '@/db/schema';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { publishDue } from './publish-due';

let database: TestDatabase;
const TODAY = new Date('2026-12-03T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { today: TODAY });
});
afterAll(() => database.destroy());

interface LineSumsRow {
  response_id: number;
  sums: number[];
}

/** Every stored row, its eight values as one list (line 1's sum and count first). */
async function storedLineSums(): Promise<LineSumsRow[]> {
  return rowsOf<LineSumsRow>(
    await database.db.execute(sql`
      select response_id::int as response_id,
        array[line1_sum, line1_answers, line2_sum, line2_answers, line3_sum, line3_answers, line4_sum, line4_answers]::int[] as sums
      from ${responseLineSums} order by response_id`),
  );
}

/** Per response of a published pulse, worked out here from its answers. */
async function lineSumsFromAnswers(): Promise<LineSumsRow[]> {
  const rows = rowsOf<{ response_id: number; line: number | null; score: number | null }>(
    await database.db.execute(sql`
      select r.id::int as response_id, si.line, a.score from responses r
      join published_pulses pp on pp.pulse_id = r.pulse_id
      left join answers a on a.response_id = r.id left join survey_items si on si.id = a.item_id`),
  );
  const sums = new Map<number, number[]>();
  for (const row of rows) {
    const list = sums.get(row.response_id) ?? new Array<number>(8).fill(0);
    if (row.line !== null) {
      list[(row.line - 1) * 2]! += row.score!;
      list[(row.line - 1) * 2 + 1]! += 1;
    }
    sums.set(row.response_id, list);
  }
  return [...sums].sort(([a], [b]) => a - b).map(([responseId, list]) => ({ response_id: responseId, sums: list }));
}

async function cellMeans(unit: string, label: string) {
  const [cell] = await database.db
    .select({ personMeans: publishedCells.personMeans, overlap: publishedCells.overlap })
    .from(publishedCells)
    .where(
      and(eq(publishedCells.unit, unit), eq(publishedCells.periodKind, 'month'), eq(publishedCells.periodLabel, label)),
    );
  return cell!;
}

/** Empties one month cell's person means and publishes, which fills them again. */
async function refill(unit: string, label: string) {
  await database.db
    .update(publishedCells)
    .set({ personMeans: null, overlap: null })
    .where(
      and(eq(publishedCells.unit, unit), eq(publishedCells.periodKind, 'month'), eq(publishedCells.periodLabel, label)),
    );
  await publishDue(database.db, { at: TODAY });
  return cellMeans(unit, label);
}

describe('the line sums of responses', () => {
  it('are written when a pulse is frozen, for its every response, equal to its answers; none for a pulse not frozen', async () => {
    const stored = await storedLineSums();
    expect(stored.length).toBeGreaterThan(1000);
    expect(stored).toEqual(await lineSumsFromAnswers());
    const [open] = rowsOf<{ unsummed: number }>(
      await database.db.execute(sql`
        select count(*)::int as unsummed from responses r
        where not exists (select 1 from published_pulses pp where pp.pulse_id = r.pulse_id)`),
    );
    expect(open!.unsummed).toBeGreaterThan(0);
  });

  it('are written by the migration for the responses of pulses published before they were kept', async () => {
    const stored = await storedLineSums();
    await database.db.execute(sql`drop table ${responseLineSums}`);
    const migration = readFileSync(path.join(MIGRATIONS_FOLDER, '0014_response_line_sums.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await database.db.execute(sql.raw(statement));
    expect(await storedLineSums()).toEqual(stored);
  });

  it('missing for one response of a cell leave its person means (or, of the month after, its overlap) empty, not wrong', async () => {
    const months = rowsOf<{ unit: string; label: string; next: string | null }>(
      await database.db.execute(sql`
        select c.unit, c.period_label as label, n.period_label as next from published_cells c
        left join published_cells n on n.unit = c.unit and n.period_kind = 'month' and n.status = 'shown'
          and cardinality(n.overlap) > 0 and cardinality(n.person_means) > 0
          and n.period_label = (select min(period_label) from published_periods where period_kind = 'month' and period_label > c.period_label)
        where c.period_kind = 'month' and c.status = 'shown' and cardinality(c.person_means) > 0 and c.unit like 'team:%'
        order by n.period_label is null, c.period_label, c.unit`),
    );
    const { unit, label, next } = months[0]!;
    expect(next).not.toBeNull();
    const filled = await cellMeans(unit, label);
    const nextFilled = await cellMeans(unit, next!);
    // Filled again as they were while every line sum is there.
    expect(await refill(unit, label)).toEqual(filled);
    expect(await refill(unit, next!)).toEqual(nextFilled);

    const [atom] = await database.db
      .select()
      .from(publishedCellAtoms)
      .where(
        and(
          eq(publishedCellAtoms.unit, unit),
          eq(publishedCellAtoms.periodKind, 'month'),
          eq(publishedCellAtoms.periodLabel, label),
        ),
      )
      .limit(1);
    await database.db.execute(sql`
      delete from ${responseLineSums} where response_id = (
        select min(id) from responses where pulse_id = ${atom!.pulseId} and team_id = ${atom!.teamId})`);

    expect(await refill(unit, label)).toEqual({ personMeans: [], overlap: [] });
    expect(await refill(unit, next!)).toEqual({ personMeans: nextFilled.personMeans, overlap: [] });
  });

  it('go with their response when it is deleted', async () => {
    const [last] = await database.db
      .select({ responseId: sql<number>`max(${responseLineSums.responseId})::int` })
      .from(responseLineSums);
    const { responseId } = last!;
    await database.db.delete(responses).where(eq(responses.id, responseId));
    expect(
      await database.db.select().from(responseLineSums).where(eq(responseLineSums.responseId, responseId)),
    ).toEqual([]);
  });
});
