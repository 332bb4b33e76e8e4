import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { withPeriodLabels } from '@/lib/domain/periods/pulse-periods';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { createRandom } from '@/seed/plan/random';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { lineSumsDifferingFromAnswers } from '@/testing/database/line-sums-differing';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { pulseItems, pulses, surveyItems } from './';

let database: TestDatabase;
let org: FixtureOrganisation;
let pulseId: number;
let itemIds: number[];

beforeAll(async () => {
  database = await createTestDatabase();
  org = await createFixtureOrganisation(database.db);
  const items = await database.db
    .insert(surveyItems)
    .values([1, 1, 2, 4, 4, 4].map((line, index) => ({ line, textNl: `Vraag ${index}`, textEn: `Question ${index}` })))
    .returning({ id: surveyItems.id });
  itemIds = items.map((item) => item.id);
  const [pulse] = await database.db
    .insert(pulses)
    .values(withPeriodLabels({ opensAt: new Date('2026-11-02T06:00:00Z'), closesAt: new Date('2026-11-09T06:00:00Z') }))
    .returning();
  pulseId = pulse!.id;
  await database.db
    .insert(pulseItems)
    .values(itemIds.map((itemId, index) => ({ pulseId, itemId, position: index + 1 })));
});
afterAll(() => database.destroy());

describe('the line sums of a response', () => {
  it('equal its answers through a random history of submissions, revisions and direct changes', async () => {
    const random = createRandom(20261206);
    const respondents = [org.people.employee, org.people.leader, org.people.head, org.people.hr, org.people.outsider];
    for (let step = 0; step < 40; step++) {
      const personId = random.pick(respondents);
      const action = random.int(0, 3);
      if (action <= 1) {
        await storeResponse(database.db, {
          pulseId,
          personId,
          answers: itemIds.map((itemId) => ({ itemId, score: random.int(1, 5) })),
        });
      } else if (action === 2) {
        await database.db.execute(sql`
          update answers set score = ${random.int(1, 5)}
          where response_id in (select id from responses where person_id = ${personId}) and item_id = ${random.pick(itemIds)}`);
      } else {
        await database.db.execute(sql`
          delete from answers
          where response_id in (select id from responses where person_id = ${personId}) and item_id = ${random.pick(itemIds)}`);
      }
      expect(await lineSumsDifferingFromAnswers(database.db), `after step ${step}`).toEqual([]);
    }
    const [responses] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*) as n from responses`));
    expect(Number(responses!.n)).toBeGreaterThan(2);
  });

  it('are the sums and counts of its scores per line', async () => {
    const { responseId } = await storeResponse(database.db, {
      pulseId,
      personId: org.people.employee,
      answers: itemIds.map((itemId, index) => ({ itemId, score: [5, 2, 3, 1, 4, 4][index]! })),
    });
    const [row] = rowsOf<Record<string, number>>(
      await database.db.execute(sql`
        select line1_sum, line1_answers, line2_sum, line2_answers, line3_sum, line3_answers, line4_sum, line4_answers
        from responses where id = ${responseId}`),
    );
    expect(Object.values(row!).map(Number)).toEqual([7, 2, 3, 1, 0, 0, 9, 3]);
  });
});
