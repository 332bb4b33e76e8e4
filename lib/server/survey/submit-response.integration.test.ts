import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, isNull, lte, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, comments, people, personRoles, pulseItems, pulses, responses, teamMemberships } from '@/db/schema';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { installAppDatabase } from '@/testing/database/app-database';
import { AppError } from '@/lib/domain/errors';
import { responseSubmissionSchema } from '@/lib/domain/responses/response-submission-schema';
import { checkRollups } from '@/lib/queries/rollups/check-rollups';
import { endAllSessions } from '@/lib/queries/sessions/end-all-sessions';
import { endSession } from '@/lib/server/sessions/end-sessions';
import { submitResponse } from './submit-response';

let database: TestDatabase;
let openPulse: { id: number; opensAt: Date; closesAt: Date };
let closedPulse: { id: number; closesAt: Date };
let itemIds: number[];

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db);
  const now = new Date();
  const [open] = await database.db
    .select()
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  const [closed] = await database.db
    .select({ id: pulses.id, closesAt: pulses.closesAt })
    .from(pulses)
    .where(lte(pulses.closesAt, now))
    .orderBy(asc(pulses.opensAt))
    .limit(1);
  openPulse = open!;
  closedPulse = closed!;
  itemIds = (
    await database.db
      .select({ id: pulseItems.itemId })
      .from(pulseItems)
      .where(eq(pulseItems.pulseId, openPulse.id))
      .orderBy(asc(pulseItems.position))
  ).map((row) => row.id);
});
afterAll(() => database.destroy());

async function personIdOf(email: string): Promise<number> {
  const [person] = await database.db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return person!.id;
}

const fullAnswers = (score = 4) => itemIds.map((itemId) => ({ itemId, score }));

async function statusOf(promise: Promise<unknown>): Promise<number> {
  return promise.then(
    () => 200,
    (error: unknown) => (error instanceof AppError ? error.status : 500),
  );
}

const rowCounts = async () => ({
  responses: await database.db.$count(responses),
  answers: await database.db.$count(answers),
  comments: await database.db.$count(comments),
});

describe('submitting a response', () => {
  it('refuses every broken rule with the right status and stores nothing', async () => {
    const employee = await personIdOf(DEMO_ACCOUNTS.employee.email);
    const admin = await personIdOf(DEMO_ACCOUNTS.admin.email);
    const before = await rowCounts();
    const cases: [string, () => Promise<unknown>, number][] = [
      ['a closed pulse', () => submitResponse(employee, closedPulse.id, { answers: fullAnswers() }), 409],
      // A server whose clock runs behind must not slip an answer into a pulse that is published (or closed by the database's clock).
      [
        'a published pulse, by a server clock still inside its window',
        () =>
          submitResponse(
            employee,
            closedPulse.id,
            { answers: fullAnswers() },
            new Date(closedPulse.closesAt.getTime() - 1000),
          ),
        409,
      ],
      [
        'a pulse not open yet',
        () =>
          submitResponse(employee, openPulse.id, { answers: fullAnswers() }, new Date(openPulse.opensAt.getTime() - 1)),
        409,
      ],
      ['a pulse that does not exist', () => submitResponse(employee, 999_999, { answers: fullAnswers() }), 404],
      ['a missing answer', () => submitResponse(employee, openPulse.id, { answers: fullAnswers().slice(1) }), 422],
      [
        'a foreign item',
        () =>
          submitResponse(employee, openPulse.id, {
            answers: [...fullAnswers().slice(1), { itemId: 999_999, score: 3 }],
          }),
        422,
      ],
      [
        'an item answered twice',
        () =>
          submitResponse(employee, openPulse.id, { answers: [...fullAnswers(), { itemId: itemIds[0]!, score: 2 }] }),
        422,
      ],
      ['someone without the employee role', () => submitResponse(admin, openPulse.id, { answers: fullAnswers() }), 403],
    ];
    for (const [name, attempt, status] of cases) expect(await statusOf(attempt()), name).toBe(status);
    for (const body of [
      { answers: [{ itemId: itemIds[0], score: 6 }] },
      { answers: fullAnswers(), comment: 'x'.repeat(2001) },
      { answers: 'all good' },
    ]) {
      expect(responseSubmissionSchema.safeParse(body).success).toBe(false);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a session whose person has been deactivated since it began (401), and stores nothing', async () => {
    const employee = await personIdOf(DEMO_ACCOUNTS.employee.email);
    const before = await rowCounts();
    await database.db.update(people).set({ active: false }).where(eq(people.id, employee));
    try {
      expect(await statusOf(submitResponse(employee, openPulse.id, { answers: fullAnswers() }))).toBe(401);
    } finally {
      await database.db.update(people).set({ active: true }).where(eq(people.id, employee));
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a session that was signed out, or ended everywhere, since it began (401), and stores nothing', async () => {
    const employee = await personIdOf(DEMO_ACCOUNTS.employee.email);
    const session = {
      personId: employee,
      sessionId: randomUUID(),
      sessionVersion: 0,
      authTime: Math.floor(Date.now() / 1000),
    };
    const before = await rowCounts();
    await endSession(session);
    expect(await statusOf(submitResponse(session, openPulse.id, { answers: fullAnswers() }))).toBe(401);
    const other = { ...session, sessionId: randomUUID() };
    await endAllSessions(database.db, employee);
    expect(await statusOf(submitResponse(other, openPulse.id, { answers: fullAnswers() }))).toBe(401);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses someone who was not in a team when the pulse opened (403)', async () => {
    const employee = await personIdOf(DEMO_ACCOUNTS.employee.email);
    await database.db
      .update(teamMemberships)
      .set({ validFrom: '2099-01-01' })
      .where(and(eq(teamMemberships.personId, employee), isNull(teamMemberships.validTo)));
    try {
      expect(await statusOf(submitResponse(employee, openPulse.id, { answers: fullAnswers() }))).toBe(403);
    } finally {
      await database.db
        .update(teamMemberships)
        .set({ validFrom: '2025-01-01' })
        .where(and(eq(teamMemberships.personId, employee), isNull(teamMemberships.validTo)));
    }
  });

  it('stores once, and a revision replaces the answers and the comment and keeps the rollup exact', async () => {
    const employee = await personIdOf(DEMO_ACCOUNTS.employee.email);
    expect(
      await submitResponse(employee, openPulse.id, { answers: fullAnswers(5), comment: '<script>alert(1)</script>' }),
    ).toEqual({ pulseId: openPulse.id, created: true });
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await submitResponse(employee, openPulse.id, { answers: fullAnswers(2), comment: null })).toEqual({
      pulseId: openPulse.id,
      created: false,
    });
    const stored = await database.db
      .select()
      .from(responses)
      .where(and(eq(responses.pulseId, openPulse.id), eq(responses.personId, employee)));
    expect(stored).toHaveLength(1);
    const scores = await database.db
      .select({ score: answers.score })
      .from(answers)
      .where(eq(answers.responseId, stored[0]!.id));
    expect(scores.map((row) => row.score)).toEqual(itemIds.map(() => 2));
    expect(await database.db.$count(comments, eq(comments.responseId, stored[0]!.id))).toBe(0);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('keeps one response per person under 100 concurrent submissions by 20 people', async () => {
    const answered = database.db
      .select({ personId: responses.personId })
      .from(responses)
      .where(eq(responses.pulseId, openPulse.id));
    const twenty = await database.db
      .select({ personId: teamMemberships.personId })
      .from(teamMemberships)
      .innerJoin(personRoles, and(eq(personRoles.personId, teamMemberships.personId), eq(personRoles.role, 'employee')))
      .where(
        and(
          isNull(teamMemberships.validTo),
          lte(teamMemberships.validFrom, openPulse.opensAt.toISOString().slice(0, 10)),
          notInArray(teamMemberships.personId, answered),
        ),
      )
      .orderBy(asc(teamMemberships.personId))
      .limit(20);
    const before = await database.db.$count(responses, eq(responses.pulseId, openPulse.id));
    const attempts = Array.from({ length: 100 }, (_, index) => {
      return submitResponse(twenty[index % 20]!.personId, openPulse.id, {
        answers: fullAnswers((index % 5) + 1),
        comment: index % 3 === 0 ? `Opmerking ${index}` : null,
      });
    });
    const results = await Promise.all(attempts);
    expect(results.filter((result) => result.created)).toHaveLength(20);
    expect(await database.db.$count(responses, eq(responses.pulseId, openPulse.id))).toBe(before + 20);
    expect(await checkRollups(database.db)).toEqual([]);
  });

  it('treats the pulse as open up to, not including, its closing moment', async () => {
    const employee = await personIdOf(DEMO_ACCOUNTS.employee.email);
    expect(
      await statusOf(
        submitResponse(employee, openPulse.id, { answers: fullAnswers() }, new Date(openPulse.closesAt.getTime() - 1)),
      ),
    ).toBe(200);
    expect(await statusOf(submitResponse(employee, openPulse.id, { answers: fullAnswers() }, openPulse.closesAt))).toBe(
      409,
    );
    expect(await statusOf(submitResponse(employee, openPulse.id, { answers: fullAnswers() }, openPulse.opensAt))).toBe(
      200,
    );
  });
});
