import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, describe, expect, it } from 'vitest';
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
let folder: string | null = null;
afterEach(async () => {
  await handle?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function migratedUpTo0004(): Promise<PgliteDatabase> {
  handle = openDatabase({ dataDir: 'memory://' });
  folder = migrationsBefore('0005');
  const db = handle.db as unknown as PgliteDatabase;
  await migrate(db, { migrationsFolder: folder });
  return db;
}

describe('migration 0005, one pending row per response change', () => {
  it('carries the deltas pending in the three tables it replaces over into one change', async () => {
    const db = await migratedUpTo0004();
    // The old team table's foreign keys are beside the point here.
    await db.execute(sql`set session_replication_role = replica`);
    await db.execute(sql`insert into rollup_team_pulse_pending (team_id, pulse_id, respondents) values (3, 9, 1), (4, 9, -1)`);
    await db.execute(sql`insert into rollup_unit_period_pending (unit, period_kind, period_label, respondents) values ('org', 'week', '2026-W48', 1)`);
    await db.execute(sql`
      insert into rollup_unit_period_line_pending (unit, period_kind, period_label, line, score1, score2, score3, score4, score5)
      values ('team:3', 'month', '2026-11', 2, 0, 0, 1, 0, 0)`);
    await db.execute(sql`set session_replication_role = origin`);

    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });

    const pending = rowsOf(await db.execute(sql`select team_pulse, unit_period, unit_period_line from rollup_deltas_pending`));
    expect(pending).toEqual([
      {
        team_pulse: [
          { team_id: 3, pulse_id: 9, respondents: 1 },
          { team_id: 4, pulse_id: 9, respondents: -1 },
        ],
        unit_period: [{ unit: 'org', period_kind: 'week', period_label: '2026-W48', respondents: 1 }],
        unit_period_line: [{ unit: 'team:3', period_kind: 'month', period_label: '2026-11', line: 2, score1: 0, score2: 0, score3: 1, score4: 0, score5: 0 }],
      },
    ]);
  });

  it('adds no change when nothing was pending', async () => {
    const db = await migratedUpTo0004();
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    expect(rowsOf(await db.execute(sql`select from rollup_deltas_pending`))).toEqual([]);
  });
});
