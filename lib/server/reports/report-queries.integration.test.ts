import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, teams } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { installAppDatabase } from '@/testing/database/app-database';
import { exportAggregates, getHeatmap, getTeamTrends } from '@/lib/server/reports/reports';
import { loadViewer } from '@/lib/server/access/viewer';
import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';

const captured: { query: string; params: unknown[] }[] = [];
let capturing = false;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({
    logger: { logQuery: (query, params) => void (capturing && captured.push({ query, params })) },
  });
  installAppDatabase(database);
  await seedDemo(database.db);
});
afterAll(() => database.destroy());

describe('report queries', () => {
  it('read the published cells, never the answers, the responses or the rollups (EXPLAIN of every query)', async () => {
    const [hrPerson] = await database.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.email, DEMO_ACCOUNTS.hr.email));
    const hr = (await loadViewer(database.db, hrPerson!.id))!;
    const [team] = await database.db.select({ id: teams.id }).from(teams).where(eq(teams.name, DEMO_TEAM_B));

    capturing = true;
    for (const kind of PERIOD_KINDS) {
      await getTeamTrends(hr, team!.id, kind);
      await getHeatmap(hr, 'org', kind);
    }
    await exportAggregates(hr);
    capturing = false;

    const reads = captured.filter(({ query }) => /^\s*(with|select)/i.test(query));
    expect(reads.length).toBeGreaterThan(10);
    for (const { query, params } of reads) {
      const plan = (await database.query(`explain ${query}`, params))
        .map((row) => String(Object.values(row)[0]))
        .join('\n');
      expect(plan, query).not.toMatch(/\bon (answers|responses|rollup_team_pulse)\b/);
      expect(query).not.toMatch(/\b(from|join)\s+"?(answers|responses|rollup_team_pulse)\b/i);
    }
  });
});
