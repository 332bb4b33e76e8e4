import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPeriodLabels } from '@/lib/domain/periods/pulse-periods';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { answers, comments, people, pulseItems, pulses, responses, surveyItems, teamMemberships } from './';

let database: TestDatabase;
let org: FixtureOrganisation;
let pulseId: number;
let itemId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  org = await createFixtureOrganisation(database.db);
  const [item] = await database.db
    .insert(surveyItems)
    .values({ line: 2, textNl: 'Ik kan mezelf zijn in mijn rol.', textEn: 'I can be myself in my role.' })
    .returning();
  const [pulse] = await database.db
    .insert(pulses)
    .values(withPeriodLabels({ opensAt: new Date('2026-11-02T06:00:00Z'), closesAt: new Date('2026-11-09T06:00:00Z') }))
    .returning();
  itemId = item!.id;
  pulseId = pulse!.id;
  await database.db.insert(pulseItems).values({ pulseId, itemId, position: 1 });
});
afterAll(() => database.destroy());

/** The Postgres error code of a failed statement (PGlite and postgres.js both carry it, possibly as a cause). */
async function sqlState(statement: PromiseLike<unknown>): Promise<string | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const withCode = (value: unknown) => (value as { code?: string } | undefined)?.code;
    return withCode(error) ?? withCode((error as { cause?: unknown }).cause);
  }
}

const UNIQUE = '23505';
const CHECK = '23514';
const FOREIGN_KEY = '23503';

describe('database constraints', () => {
  it('keeps one response per person per pulse', async () => {
    const row = { pulseId, personId: org.people.employee, teamId: org.teams.childTeam };
    await database.db.insert(responses).values(row);
    expect(await sqlState(database.db.insert(responses).values(row))).toBe(UNIQUE);
  });

  it('accepts scores 1 to 5 only', async () => {
    const [response] = await database.db
      .insert(responses)
      .values({ pulseId, personId: org.people.leader, teamId: org.teams.childTeam })
      .returning();
    for (const score of [0, 6, -1]) {
      expect(await sqlState(database.db.insert(answers).values({ responseId: response!.id, itemId, score }))).toBe(
        CHECK,
      );
    }
    await database.db.insert(answers).values({ responseId: response!.id, itemId, score: 5 });
    expect(await sqlState(database.db.insert(answers).values({ responseId: response!.id, itemId, score: 4 }))).toBe(
      UNIQUE,
    );
  });

  it('refuses references to what does not exist', async () => {
    expect(
      await sqlState(
        database.db
          .insert(responses)
          .values({ pulseId: 999_999, personId: org.people.hr, teamId: org.teams.otherTeam }),
      ),
    ).toBe(FOREIGN_KEY);
    expect(
      await sqlState(
        database.db
          .insert(teamMemberships)
          .values({ personId: org.people.admin, teamId: 999_999, validFrom: '2026-01-01' }),
      ),
    ).toBe(FOREIGN_KEY);
  });

  it('keeps team history consistent: a stay ends after it starts, and only one stay is open', async () => {
    expect(
      await sqlState(
        database.db.insert(teamMemberships).values({
          personId: org.people.admin,
          teamId: org.teams.otherTeam,
          validFrom: '2026-05-01',
          validTo: '2026-04-01',
        }),
      ),
    ).toBe(CHECK);
    expect(
      await sqlState(
        database.db
          .insert(teamMemberships)
          .values({ personId: org.people.employee, teamId: org.teams.otherTeam, validFrom: '2026-06-01' }),
      ),
    ).toBe(UNIQUE);
  });

  it('refuses an item outside the four lines, a pulse that closes before it opens, and an over-long comment', async () => {
    expect(await sqlState(database.db.insert(surveyItems).values({ line: 5, textNl: 'x', textEn: 'x' }))).toBe(CHECK);
    expect(
      await sqlState(
        database.db
          .insert(pulses)
          .values(withPeriodLabels({ opensAt: new Date('2026-12-02'), closesAt: new Date('2026-12-01') })),
      ),
    ).toBe(CHECK);
    const [response] = await database.db.select().from(responses).where(eq(responses.personId, org.people.employee));
    expect(
      await sqlState(database.db.insert(comments).values({ responseId: response!.id, body: 'x'.repeat(2001) })),
    ).toBe(CHECK);
    expect(await sqlState(database.db.insert(comments).values({ responseId: response!.id, body: '' }))).toBe(CHECK);
  });

  it('treats email addresses case-insensitively', async () => {
    expect(
      await sqlState(database.db.insert(people).values({ email: 'EMPLOYEE@fixture.test', name: 'Duplicate' })),
    ).toBe(UNIQUE);
  });

  it('removes a response’s answers and comment with it', async () => {
    const [response] = await database.db.select().from(responses).where(eq(responses.personId, org.people.leader));
    await database.db.insert(comments).values({ responseId: response!.id, body: 'Goed overleg deze week.' });
    await database.db.delete(responses).where(eq(responses.id, response!.id));
    expect(await database.db.$count(answers, eq(answers.responseId, response!.id))).toBe(0);
    expect(await database.db.select().from(comments).where(eq(comments.responseId, response!.id))).toEqual([]);
  });
});
