import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, leaderActions } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_SMALL_TEAM, DEMO_TEAM_A, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import type { TestDatabase } from '@/testing/database/test-database';
import { type LeaderActionInput, leaderActionInputSchema } from '@/lib/domain/leader-actions/leader-action-schema';
import { createLeaderAction, listLeaderActions, setLeaderActionDone } from './leader-actions';
import { type DemoLookup, seededDemo, outcome } from '@/testing/demo-lookup';

let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
});
afterAll(() => database.destroy());

const counts = async () => ({
  actions: await database.db.$count(leaderActions),
  audit: await database.db.$count(auditLog),
});
const input = (team: string, overrides: Partial<LeaderActionInput> = {}): LeaderActionInput => ({
  teamId: demo.team(team),
  line: 2,
  what: 'Eén-op-ééngesprekken over wat energie geeft en kost',
  owner: 'Pieter',
  dueDate: '2026-12-18',
  ...overrides,
});

describe('leader actions', () => {
  it('records an action for a team the leader leads, lists it, and audits it', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const created = await createLeaderAction(leader, input(DEMO_TEAM_B));
    expect(created).toMatchObject({
      teamId: demo.team(DEMO_TEAM_B),
      line: 2,
      owner: 'Pieter',
      dueDate: '2026-12-18',
      done: false,
    });
    expect(await listLeaderActions(leader, demo.team(DEMO_TEAM_B))).toEqual([created]);
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'leader_action.create'), eq(auditLog.entityId, String(created.id))));
    expect(entry).toMatchObject({ actorId: leader.personId, entity: 'leader_action', before: null, after: created });
  });

  it('marks an action done and open again, each change audited with before and after', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const created = await createLeaderAction(leader, input(DEMO_TEAM_A, { line: 3, dueDate: null }));
    const done = await setLeaderActionDone(leader, { actionId: created.id, done: true });
    expect(done.done).toBe(true);
    await setLeaderActionDone(leader, { actionId: created.id, done: false });
    const updates = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'leader_action.update'), eq(auditLog.entityId, String(created.id))));
    expect(
      updates.map((row) => [(row.before as { done: boolean }).done, (row.after as { done: boolean }).done]),
    ).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('changes nothing on bad input: the schema names the fields, and the database refuses what slips past', async () => {
    const before = await counts();
    const parsed = leaderActionInputSchema.safeParse({
      teamId: String(demo.team(DEMO_TEAM_B)),
      line: '9',
      what: ' ',
      owner: 'Pieter',
      dueDate: 'morgen',
    });
    expect(parsed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['line', 'line'],
      ['what', 'whatRequired'],
      ['dueDate', 'dueDate'],
    ]);
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    expect(await outcome(createLeaderAction(leader, input(DEMO_TEAM_B, { line: 9 })))).not.toBe('allowed');
    expect(await counts()).toEqual(before);
  });

  it('refuses teams outside the scope, for recording, changing and reading, and changes nothing', async () => {
    const [leader, head, employee, hr] = await Promise.all([
      demo.viewer(DEMO_ACCOUNTS.leader.email),
      demo.viewer(DEMO_ACCOUNTS.head.email),
      demo.viewer(DEMO_ACCOUNTS.employee.email),
      demo.viewer(DEMO_ACCOUNTS.hr.email),
    ]);
    const own = await createLeaderAction(leader, input(DEMO_TEAM_B, { what: 'Teamdoelen op één blad' }));
    const before = await counts();
    expect(await outcome(createLeaderAction(leader, input(DEMO_SMALL_TEAM)))).toBe('forbidden');
    expect(await outcome(createLeaderAction(head, input(DEMO_TEAM_B)))).toBe('forbidden');
    expect(await outcome(createLeaderAction(employee, input(DEMO_TEAM_A)))).toBe('forbidden');
    expect(await outcome(createLeaderAction(hr, input(DEMO_TEAM_B)))).toBe('forbidden');
    expect(await outcome(setLeaderActionDone(head, { actionId: own.id, done: true }))).toBe('forbidden');
    expect(await outcome(setLeaderActionDone(leader, { actionId: 999_999, done: true }))).toBe('not_found');
    expect(await outcome(listLeaderActions(head, demo.team(DEMO_TEAM_B)))).toBe('forbidden');
    expect(await outcome(listLeaderActions(employee, demo.team(DEMO_TEAM_A)))).toBe('forbidden');
    expect(await outcome(listLeaderActions(hr, demo.team(DEMO_TEAM_B)))).toBe('allowed');
    expect(await counts()).toEqual(before);
    const [unchanged] = await database.db.select().from(leaderActions).where(eq(leaderActions.id, own.id));
    expect(unchanged!.done).toBe(false);
  });
});
