import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { flushPendingRollups } from '@/lib/queries/rollups/pending-rollups';
import { type DatabaseHandle, openDatabase } from './client';
import { MIGRATIONS_FOLDER } from './migrate';
import { rowsOf } from './rows';

/** The migrations as they stood before `tag`: a copy of the folder whose journal ends there. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'verbinding-migrations-'));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((entry) => entry.tag < tag);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

let handle: DatabaseHandle | null = null;
let folders: string[] = [];
afterEach(async () => {
  await handle?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders = [];
});

/** The migrations up to, not including, `tag`; or all of them without it. */
function migrations(tag?: string): string {
  if (!tag) return MIGRATIONS_FOLDER;
  const folder = migrationsBefore(tag);
  folders.push(folder);
  return folder;
}

async function migratedUpTo(tag: string): Promise<PgliteDatabase> {
  handle = openDatabase({ dataDir: 'memory://' });
  const db = handle.db as unknown as PgliteDatabase;
  await migrate(db, { migrationsFolder: migrations(tag) });
  return db;
}

describe('migration 0005, one pending row per response change', () => {
  it('carries the deltas pending in the three tables it replaces over into one change', async () => {
    const db = await migratedUpTo('0005');
    // The old team table's foreign keys are beside the point here.
    await db.execute(sql`set session_replication_role = replica`);
    await db.execute(
      sql`insert into rollup_team_pulse_pending (team_id, pulse_id, respondents) values (3, 9, 1), (4, 9, -1)`,
    );
    await db.execute(
      sql`insert into rollup_unit_period_pending (unit, period_kind, period_label, respondents) values ('org', 'week', '2026-W48', 1)`,
    );
    await db.execute(sql`
      insert into rollup_unit_period_line_pending (unit, period_kind, period_label, line, score1, score2, score3, score4, score5)
      values ('team:3', 'month', '2026-11', 2, 0, 0, 1, 0, 0)`);
    await db.execute(sql`set session_replication_role = origin`);

    await migrate(db, { migrationsFolder: migrations('0007') });

    const pending = rowsOf(
      await db.execute(sql`select team_pulse, unit_period, unit_period_line from rollup_deltas_pending`),
    );
    expect(pending).toEqual([
      {
        team_pulse: [
          { team_id: 3, pulse_id: 9, respondents: 1 },
          { team_id: 4, pulse_id: 9, respondents: -1 },
        ],
        unit_period: [{ unit: 'org', period_kind: 'week', period_label: '2026-W48', respondents: 1 }],
        unit_period_line: [
          {
            unit: 'team:3',
            period_kind: 'month',
            period_label: '2026-11',
            line: 2,
            score1: 0,
            score2: 0,
            score3: 1,
            score4: 0,
            score5: 0,
          },
        ],
      },
    ]);
  });

  it('adds no change when nothing was pending', async () => {
    const db = await migratedUpTo('0005');
    await migrate(db, { migrationsFolder: migrations() });
    expect(rowsOf(await db.execute(sql`select from rollup_deltas_pending`))).toEqual([]);
  });
});

describe('migration 0007, the unit rollups dropped', () => {
  it('keeps every pending team-pulse delta, which the next flush applies', async () => {
    const db = await migratedUpTo('0007');
    await db.execute(sql`insert into departments (id, name) overriding system value values (1, 'Productie')`);
    await db.execute(
      sql`insert into teams (id, name, department_id) overriding system value values (3, 'Magazijn', 1), (4, 'Logistiek', 1)`,
    );
    await db.execute(sql`
      insert into pulses (id, opens_at, closes_at, week_label, month_label, quarter_label) overriding system value
      values (9, '2026-11-23T05:00:00Z', '2026-11-30T05:00:00Z', '2026-W48', '2026-11', '2026-Q4')`);
    await db.execute(
      sql`insert into rollup_team_pulse (team_id, pulse_id, respondents, invited) values (3, 9, 4, 8), (4, 9, 6, 7)`,
    );
    // A response that moved from team 4 to team 3, and a revision that only changed the unit rollups.
    await db.execute(sql`
      insert into rollup_deltas_pending (team_pulse, unit_period, unit_period_line) values
        ('[{"team_id":3,"pulse_id":9,"respondents":1},{"team_id":4,"pulse_id":9,"respondents":-1}]',
         '[{"unit":"department:1","period_kind":"week","period_label":"2026-W48","respondents":1}]', '[]'),
        ('[]', '[]', '[{"unit":"team:3","period_kind":"month","period_label":"2026-11","line":2,"score1":0,"score2":0,"score3":1,"score4":-1,"score5":0}]')`);

    await migrate(db, { migrationsFolder: migrations() });

    expect(rowsOf(await db.execute(sql`select * from rollup_deltas_pending`))).toEqual([
      {
        team_pulse: [
          { team_id: 3, pulse_id: 9, respondents: 1 },
          { team_id: 4, pulse_id: 9, respondents: -1 },
        ],
      },
      { team_pulse: [] },
    ]);
    const tables = rowsOf(
      await db.execute(sql`select tablename from pg_tables where tablename like 'rollup_unit_period%'`),
    );
    expect(tables).toEqual([]);

    await flushPendingRollups(handle!.db);
    expect(
      rowsOf(await db.execute(sql`select team_id, respondents, invited from rollup_team_pulse order by team_id`)),
    ).toEqual([
      { team_id: 3, respondents: 5, invited: 8 },
      { team_id: 4, respondents: 5, invited: 7 },
    ]);
    expect(rowsOf(await db.execute(sql`select from rollup_deltas_pending`))).toEqual([]);
  });
});
