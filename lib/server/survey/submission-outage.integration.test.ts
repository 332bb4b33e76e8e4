import { and, eq, gt, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { openDatabase } from '@/db/client';
import { answers, people, pulseItems, pulses, responses } from '@/db/schema';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { installAppDatabase } from '@/testing/database/app-database';
import { type PostgresServer, createAppDatabase, startPostgresServer } from '@/testing/database/postgres-server';
import { errorResponse } from '@/lib/server/next/json-route';
import { submitResponse } from './submit-response';

// A primary of the test's own, which it stops and starts, and a standby of it: a demoted node.
let primary: PostgresServer;
let standby: PostgresServer;
let app: DatabaseHandle;
let demoted: DatabaseHandle;
let employee: number;
let pulseId: number;
let submission: { answers: { itemId: number; score: number }[] };

beforeAll(async () => {
  primary = await startPostgresServer();
  app = await createAppDatabase(primary);
  await seedDemo(app.db);
  const now = new Date();
  const [open] = await app.db
    .select({ id: pulses.id })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  pulseId = open!.id;
  const items = await app.db.select().from(pulseItems).where(eq(pulseItems.pulseId, pulseId));
  submission = { answers: items.map((item) => ({ itemId: item.itemId, score: 4 })) };
  const [person] = await app.db.select().from(people).where(eq(people.email, DEMO_ACCOUNTS.employee.email));
  employee = person!.id;
  standby = await primary.createStandby();
  demoted = openDatabase({ url: standby.url('verbinding') });
  installAppDatabase(app);
});
afterAll(async () => {
  await demoted?.close();
  await app?.close();
  await standby?.destroy();
  await primary?.destroy();
});

/** What the API answers for a submission that failed. */
async function answerTo(failing: Promise<unknown>) {
  const error = await failing.then(
    () => expect.fail('the submission should have failed'),
    (rejection: unknown) => rejection,
  );
  const response = errorResponse(error);
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { error: { code: string; message: string } },
  };
}

const UNAVAILABLE = {
  status: 503,
  retryAfter: '5',
  body: { error: { code: 'unavailable', message: expect.stringMatching(/cannot be reached.*Try again/) as string } },
};

const storedResponses = async () =>
  app.db
    .select({ id: responses.id, answers: app.db.$count(answers, eq(answers.responseId, responses.id)) })
    .from(responses)
    .where(and(eq(responses.pulseId, pulseId), eq(responses.personId, employee)));

describe('a submission while the database is away', () => {
  it('is answered 503 with Retry-After and a message while the primary is down, and stores nothing', async () => {
    await primary.stop();
    expect(await answerTo(submitResponse(employee, pulseId, submission))).toEqual(UNAVAILABLE);
    await primary.start();
    expect(await storedResponses()).toEqual([]);
  });

  it('is answered 503 by a node that is no longer the primary (a read-only transaction)', async () => {
    installAppDatabase(demoted);
    try {
      expect(await answerTo(submitResponse(employee, pulseId, submission))).toEqual(UNAVAILABLE);
    } finally {
      installAppDatabase(app);
    }
  });

  it('is stored once when the survey sends it again after the outage, however often', async () => {
    expect(await submitResponse(employee, pulseId, submission)).toEqual({ pulseId, created: true });
    // The answer to this one was lost, say: the survey sends the same answers again.
    expect(await submitResponse(employee, pulseId, submission)).toEqual({ pulseId, created: false });
    expect(await storedResponses()).toEqual([{ id: expect.any(Number) as number, answers: submission.answers.length }]);
  });
});
