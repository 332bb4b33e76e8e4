import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planLarge } from '@/seed/large/plan-large';
import { lineSumsDifferingFromAnswers } from '@/testing/database/line-sums-differing';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { writeOrganisation } from './write-organisation';
import { writeResponses } from './write-responses';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe('writing the large seed’s responses', () => {
  it.runIf(process.env.DATABASE_URL)(
    'gives every response the line sums of its answers, and leaves the triggers that keep them on',
    async () => {
      const sql = database.sql!;
      const plan = planLarge(new Date('2026-12-06T09:00:00Z'), { employees: 600, teams: 40, weeks: 6 });
      await writeOrganisation(sql, plan.organisation, plan.pulses, 'not a real hash');
      await writeResponses(sql, plan.pulses, plan.responses);

      const [stored] = await sql<{ count: number }[]>`select count(*)::int as count from responses`;
      expect(stored?.count).toBe(plan.responses.count);
      expect(plan.responses.count).toBeGreaterThan(100);
      expect(await lineSumsDifferingFromAnswers(database.db)).toEqual([]);
      const triggers = await sql<{ enabled: string }[]>`
      select tgenabled as enabled from pg_trigger where tgrelid = 'answers'::regclass and not tgisinternal`;
      expect(triggers.map((trigger) => trigger.enabled)).toEqual(['O', 'O', 'O']);
    },
  );
});
