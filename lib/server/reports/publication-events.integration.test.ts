import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, pulseItems, pulses, responses, teamMemberships, teams } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_HEAD_DEPARTMENT,
  DEMO_NESTED_DEPARTMENT,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { movePerson } from '@/lib/server/people/move-person';
import { deactivatePerson } from '@/lib/server/people/person-activation';
import { saveAnonymityThresholds } from '@/lib/server/pulses/pulse-settings';
import { exportAggregates } from '@/lib/server/reports/reports';
import { applyRetention } from '@/lib/server/admin/retention';
import { saveDepartment } from '@/lib/server/organisation/save-department';
import { saveTeam } from '@/lib/server/organisation/save-team';
import { getTeamComments } from '@/lib/server/team/team-comments';
import { type DemoLookup, demoLookup, outcome } from '@/testing/demo-lookup';
import { installAppDatabase } from '@/testing/database/app-database';
import { ensureCurrentPulse } from '@/lib/queries/pulses/ensure-current-pulse';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { rebuildRollups } from '@/lib/queries/rollups/rebuild-rollups';
import { publishDue } from '@/lib/queries/publication/publish-due';

/**
 * Each event that could once change a shown figure, on a real database: everything HR's export
 * showed before it (every published cell of every unit, period and line) and every team month's
 * comments are shown exactly the same after it, once whatever became final since is published.
 */
const TODAY = new Date('2026-12-03T09:00:00Z');
let database: TestDatabase;
let demo: DemoLookup;
let clock = TODAY;

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db, { today: TODAY });
  demo = await demoLookup(database.db);
});
afterAll(() => database.destroy());

async function views(): Promise<Set<string>> {
  const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
  const shown = new Set((await exportAggregates(hr)).split('\n').slice(1));
  for (const team of [DEMO_TEAM_A, DEMO_TEAM_B]) {
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      const comments = await getTeamComments(hr, demo.team(team), 'month', month);
      shown.add(
        `${team} ${month} comments ${comments.state}: ${comments.comments.map((comment) => `${comment.id} ${comment.body}`).join(' | ')}`,
      );
    }
  }
  return shown;
}

/** Runs the event, publishes what became final by the clock, and checks nothing shown before changed. */
async function expectNothingShownChanges(event: () => Promise<unknown>, later = 0) {
  const before = await views();
  await event();
  clock = new Date(clock.getTime() + later);
  await publishDue(database.db, { at: clock });
  const after = await views();
  const changed = [...before].filter((row) => !after.has(row));
  expect(changed).toEqual([]);
  return { before, after };
}

const teamOf = async (name: string) =>
  (
    await database.db
      .select()
      .from(teams)
      .where(eq(teams.id, demo.team(name)))
  )[0]!;
const latestClosedPulse = async () =>
  (await database.db.select().from(pulses).orderBy(pulses.opensAt)).filter((pulse) => pulse.closesAt <= clock).at(-1)!;

async function answerAs(personId: number, pulseId: number, score: number, comment?: string) {
  const items = await database.db
    .select({ itemId: pulseItems.itemId })
    .from(pulseItems)
    .where(eq(pulseItems.pulseId, pulseId));
  return storeResponse(database.db, {
    pulseId,
    personId,
    answers: items.map(({ itemId }) => ({ itemId, score })),
    comment,
  });
}

async function memberOf(team: string) {
  const [row] = await database.db
    .select({ personId: teamMemberships.personId })
    .from(teamMemberships)
    .where(and(eq(teamMemberships.teamId, demo.team(team)), isNull(teamMemberships.validTo)));
  return row!.personId;
}

describe('a published figure stays as it was shown', { timeout: 120_000 }, () => {
  it('after a late commit and a revision to a published pulse', async () => {
    const pulse = await latestClosedPulse();
    const [answered] = await database.db.select().from(responses).where(eq(responses.pulseId, pulse.id)).limit(1);
    await expectNothingShownChanges(async () => {
      await answerAs(answered!.personId, pulse.id, 1, 'written after the pulse was published');
      const [unanswered] = await database.db
        .select({ personId: teamMemberships.personId })
        .from(teamMemberships)
        .where(and(eq(teamMemberships.teamId, answered!.teamId), isNull(teamMemberships.validTo)));
      await answerAs(unanswered!.personId, pulse.id, 5).catch(() => null);
    });
  });

  it('after a team moves to another department and a department moves in the tree', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const team = await teamOf(DEMO_TEAM_A);
    const target = demo.department(DEMO_NESTED_DEPARTMENT);
    await expectNothingShownChanges(async () => {
      await saveTeam(hr, {
        teamId: team.id,
        name: team.name,
        departmentId: target === team.departmentId ? demo.department(DEMO_HEAD_DEPARTMENT) : target,
      });
      const [nested] = await database.db
        .select()
        .from(departments)
        .where(eq(departments.id, demo.department(DEMO_NESTED_DEPARTMENT)));
      await saveDepartment(hr, { departmentId: nested!.id, name: nested!.name, parentId: null });
    });
  });

  it('after a person moves and a leaver is deactivated', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const mover = await memberOf(DEMO_TEAM_B);
    const leaver = await memberOf(DEMO_TEAM_A);
    await expectNothingShownChanges(async () => {
      await movePerson(hr, { personId: mover, teamId: demo.team(DEMO_TEAM_A), date: '2026-12-03' }, TODAY);
      await deactivatePerson(hr, leaver, TODAY);
    });
  });

  it('after k and the comment threshold are raised by HR and lowered by an admin; HR cannot lower them', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const admin = await demo.viewer(DEMO_ACCOUNTS.admin.email);
    await expectNothingShownChanges(async () => {
      await saveAnonymityThresholds(hr, { minGroupSize: 8, commentMinGroupSize: 15 });
      expect(await outcome(saveAnonymityThresholds(hr, { minGroupSize: 3, commentMinGroupSize: 15 }))).toBe(
        'forbidden',
      );
      await saveAnonymityThresholds(admin, { minGroupSize: 3, commentMinGroupSize: 3 });
    });
    await saveAnonymityThresholds(admin, { minGroupSize: 5, commentMinGroupSize: 10 });
  });

  it('after new pulses open and close, and their periods are published', async () => {
    const { before, after } = await expectNothingShownChanges(async () => {
      for (const day of [4, 11, 18]) await ensureCurrentPulse(database.db, new Date(Date.UTC(2026, 11, day, 8)));
    }, 25 * 86_400_000);
    expect(after.size).toBeGreaterThan(before.size);
    expect([...after].some((row) => row.includes(',week,2026-W50,'))).toBe(true);
  });

  it('after a rollup rebuild and a retention run', async () => {
    const admin = await demo.viewer(DEMO_ACCOUNTS.admin.email);
    await expectNothingShownChanges(async () => {
      await rebuildRollups(database.db);
      const counted = await applyRetention(admin, { months: 3 }, clock);
      expect(counted.periods.length).toBeGreaterThan(0);
      const deleted = await applyRetention(admin, { months: 3, confirm: 'delete' }, clock);
      expect(deleted).toMatchObject({ deleted: true, periods: counted.periods });
      expect(deleted.responses).toBeGreaterThan(0);
    });
  });
});
