import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { inFlight, statementsSent } from './statements-sent';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

/** Keeps this process busy, as a long decision in JavaScript does. */
function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describe.runIf(process.env.DATABASE_URL)('statements sent', () => {
  it('has the database run a statement issued before it while this process is busy', async () => {
    const statement = (round: number) => sql`select clock_timestamp() as at, ${round}::int as round`;
    await database.db.transaction(async (tx) => {
      // The first time, the driver describes the statement and waits for the answer before it sends the rest.
      await tx.execute(statement(0));
      for (let round = 1; round < 4; round++) {
        const issued = inFlight(tx.execute(statement(round)));
        await statementsSent();
        const busySince = Date.now();
        busyFor(500);
        const [row] = rowsOf<{ at: string }>(await issued);
        expect(new Date(row!.at).getTime() - busySince, `round ${round}`).toBeLessThan(250);
      }
    });
  });
});
