import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { suspendIndexes } from './suspend-indexes';

let database: TestDatabase;
let sql: postgres.Sql;
const TABLES = ['responses', 'answers', 'comments'];

beforeAll(async () => {
  database = await createTestDatabase();
  sql = postgres(database.url!, { max: 4, onnotice: () => {} });
});
afterAll(async () => {
  await sql.end();
  await database.destroy();
});

/** Every constraint and index touching the tables, as the catalog defines them. */
async function catalog(): Promise<string[]> {
  const rows = await sql<{ line: string }[]>`
    select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated as line
    from pg_constraint where conrelid = any(${TABLES}::regclass[]) or confrelid = any(${TABLES}::regclass[])
    union all
    select pg_get_indexdef(indexrelid) from pg_index where indrelid = any(${TABLES}::regclass[])`;
  return rows.map((row) => row.line).sort();
}

describe('suspending the response tables’ indexes for a bulk load', () => {
  it('restores every index, key and foreign key as the migrations made it, each checked', async () => {
    const before = await catalog();
    expect(before.filter((line) => line.includes('FOREIGN KEY')).length).toBeGreaterThan(4);
    const suspended = await suspendIndexes(sql, TABLES);
    expect((await catalog()).filter((line) => /KEY|UNIQUE|INDEX/.test(line))).toEqual([]);
    await suspended.restore();
    expect(await catalog()).toEqual(before);
  });

  it('refuses to restore over rows that break a key', async () => {
    const suspended = await suspendIndexes(sql, TABLES);
    await sql`insert into answers (response_id, item_id, score) values (999999, 1, 3)`;
    await expect(suspended.restore()).rejects.toThrow(/answers/);
  });
});
