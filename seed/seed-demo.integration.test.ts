import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { type TestDatabase, createTestDatabase } from '@/testing/database/test-database';
import { DEMO_ACCOUNTS, DEMO_TEAM_A } from './demo/demo-structure';
import { seedDemo } from './seed-demo';

const { answers, departmentHeads, departments, personRoles, people, pulseItems, pulses, responses } = schema;
const { surveyItems, teamLeaders, teamMemberships, teams } = schema;
const COUNTED_TABLES = {
  surveyItems,
  departments,
  teams,
  people,
  personRoles,
  teamMemberships,
  teamLeaders,
  departmentHeads,
  pulses,
  pulseItems,
  responses,
  answers,
  comments: schema.comments,
  auditLog: schema.auditLog,
};

const now = new Date();
let database: TestDatabase;
let seededCounts: Record<string, number>;

async function rowCounts(): Promise<Record<string, number>> {
  const counted = await Promise.all(
    Object.entries(COUNTED_TABLES).map(async ([name, table]) => {
      const [row] = await database.db.select({ rows: count() }).from(table);
      return [name, row?.rows ?? 0] as const;
    }),
  );
  return Object.fromEntries(counted);
}

async function personIdOf(email: string): Promise<number> {
  const [row] = await database.db.select({ id: people.id }).from(people).where(eq(people.email, email));
  if (!row) throw new Error(`no person ${email}`);
  return row.id;
}

/** Map.groupBy arrived in Node 21; the project still supports Node 20. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const byNumber = (a: number, b: number) => a - b;

describe('seedDemo', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    expect((await seedDemo(database.db, { today: now })).alreadySeeded).toBe(false);
    seededCounts = await rowCounts();
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('builds an organisation of the promised size', async () => {
    const allDepartments = await database.db.select().from(departments);
    expect(allDepartments.length).toBeGreaterThanOrEqual(5);
    expect(allDepartments.some((department) => department.parentId !== null)).toBe(true);
    expect(seededCounts.teams).toBeGreaterThanOrEqual(25);
    expect(seededCounts.people).toBeGreaterThanOrEqual(250);
    expect(seededCounts.surveyItems).toBe(20);
    expect(seededCounts.pulses).toBe(26);
    expect(seededCounts.pulseItems).toBe(26 * 8);
    expect(seededCounts.auditLog).toBe(1);
  });

  it('asks 8 items per pulse, 2 per line, at positions 1 to 8', async () => {
    const asked = await database.db
      .select({ pulseId: pulseItems.pulseId, position: pulseItems.position, line: surveyItems.line })
      .from(pulseItems)
      .innerJoin(surveyItems, eq(surveyItems.id, pulseItems.itemId));
    const byPulse = groupBy(asked, (row) => row.pulseId);
    expect(byPulse.size).toBe(26);
    for (const items of byPulse.values()) {
      expect(items.map((item) => item.position).sort(byNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(items.map((item) => item.line).sort(byNumber)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    }
  });

  it('stores one response per person per pulse, each with the 8 answers of its pulse, all 1 to 5', async () => {
    const allResponses = await database.db.select().from(responses);
    expect(new Set(allResponses.map((r) => `${r.pulseId}:${r.personId}`)).size).toBe(allResponses.length);

    const itemsByPulse = groupBy(await database.db.select().from(pulseItems), (row) => row.pulseId);
    const answersByResponse = groupBy(await database.db.select().from(answers), (row) => row.responseId);
    for (const response of allResponses) {
      const given = answersByResponse.get(response.id) ?? [];
      const asked = itemsByPulse.get(response.pulseId) ?? [];
      const askedIds = asked.map((item) => item.itemId).sort(byNumber);
      expect(given.map((answer) => answer.itemId).sort(byNumber)).toEqual(askedIds);
      for (const answer of given) expect([1, 2, 3, 4, 5]).toContain(answer.score);
    }
  });

  it('counts every response for the team the person belonged to when the pulse opened', async () => {
    const staysByPerson = groupBy(await database.db.select().from(teamMemberships), (stay) => stay.personId);
    const openingDates = new Map(
      (await database.db.select().from(pulses)).map((pulse) => [pulse.id, pulse.opensAt.toISOString().slice(0, 10)]),
    );
    for (const response of await database.db.select().from(responses)) {
      const date = openingDates.get(response.pulseId) ?? '';
      const teamsThen = (staysByPerson.get(response.personId) ?? [])
        .filter((stay) => stay.validFrom <= date && (stay.validTo === null || date < stay.validTo))
        .map((stay) => stay.teamId);
      expect(teamsThen).toEqual([response.teamId]);
    }
  });

  it('keeps team histories without overlaps, with people changing team and a team always below 5', async () => {
    const stays = await database.db.select().from(teamMemberships);
    const histories = [...groupBy(stays, (stay) => stay.personId).values()];
    for (const history of histories) {
      const ordered = [...history].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      ordered.slice(1).forEach((stay, index) => {
        const previousEnd = ordered[index]?.validTo;
        expect(previousEnd).not.toBeNull();
        expect((previousEnd ?? '') <= stay.validFrom).toBe(true);
      });
    }
    expect(histories.filter((history) => history.length > 1).length).toBeGreaterThanOrEqual(5);

    const everMembers = [...groupBy(stays, (stay) => stay.teamId).values()].map(
      (teamStays) => new Set(teamStays.map((stay) => stay.personId)).size,
    );
    expect(Math.min(...everMembers)).toBeLessThan(5);
  });

  it('leaves the latest pulse open now, not yet answered by employee@', async () => {
    const allPulses = await database.db.select().from(pulses).orderBy(pulses.opensAt);
    const latest = allPulses.at(-1);
    if (!latest) throw new Error('no pulses');
    expect(latest.opensAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(latest.closesAt.getTime()).toBeGreaterThan(now.getTime());
    for (const earlier of allPulses.slice(0, -1)) expect(earlier.closesAt.getTime()).toBeLessThanOrEqual(now.getTime());

    const employeeId = await personIdOf(DEMO_ACCOUNTS.employee.email);
    const answered = await database.db.select().from(responses).where(eq(responses.pulseId, latest.id));
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.map((response) => response.personId)).not.toContain(employeeId);
    for (const response of answered) expect(response.submittedAt.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it('gives the demo accounts their roles and memberships', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const personId = await personIdOf(account.email);
      const roles = await database.db.select().from(personRoles).where(eq(personRoles.personId, personId));
      expect(roles.map((row) => row.role).sort()).toEqual([...account.roles].sort());
      const stays = await database.db.select().from(teamMemberships).where(eq(teamMemberships.personId, personId));
      expect(stays).toHaveLength(account.team === null ? 0 : 1);
    }
  });

  it("lets leader@ lead two teams including employee@'s, and head@ head a department of 3+ teams", async () => {
    const allTeams = await database.db.select().from(teams);
    const teamA = allTeams.find((team) => team.name === DEMO_TEAM_A);
    const [employeeStay] = await database.db
      .select()
      .from(teamMemberships)
      .where(eq(teamMemberships.personId, await personIdOf(DEMO_ACCOUNTS.employee.email)));
    expect(employeeStay?.teamId).toBe(teamA?.id);
    const led = await database.db
      .select()
      .from(teamLeaders)
      .where(eq(teamLeaders.personId, await personIdOf(DEMO_ACCOUNTS.leader.email)));
    expect(led).toHaveLength(2);
    expect(led.map((row) => row.teamId)).toContain(teamA?.id);

    const [headed, ...others] = await database.db
      .select()
      .from(departmentHeads)
      .where(eq(departmentHeads.personId, await personIdOf(DEMO_ACCOUNTS.head.email)));
    expect(others).toEqual([]);
    const allDepartments = await database.db.select().from(departments);
    const subtree = new Set([headed?.departmentId]);
    for (let size = 0; size !== subtree.size;) {
      size = subtree.size;
      for (const department of allDepartments) {
        if (department.parentId !== null && subtree.has(department.parentId)) subtree.add(department.id);
      }
    }
    expect(subtree.size).toBeGreaterThan(1);
    expect(allTeams.filter((team) => subtree.has(team.departmentId)).length).toBeGreaterThanOrEqual(3);
  });

  it('does nothing when seeded again', async () => {
    expect(await seedDemo(database.db, { today: now })).toEqual({ alreadySeeded: true });
    expect(await rowCounts()).toEqual(seededCounts);
  });

  it('empties and reseeds to the same counts with reset', async () => {
    expect((await seedDemo(database.db, { today: now, reset: true })).alreadySeeded).toBe(false);
    expect(await rowCounts()).toEqual(seededCounts);
    const [first] = await database.db.select({ id: people.id }).from(people).orderBy(people.id).limit(1);
    expect(first?.id).toBe(1);
  });
});
