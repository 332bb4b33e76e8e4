import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments, people, personRoles, responses, teamMemberships, teams } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import {
  DEMO_ACCOUNTS,
  DEMO_HEAD_DEPARTMENT,
  DEMO_NESTED_DEPARTMENT,
  DEMO_STABLE_TEAM,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { checkRollups } from '@/lib/queries/rollups/check-rollups';
import { addLeadership, removeLeadership } from '@/lib/server/people/leadership';
import { movePerson } from '@/lib/server/people/move-person';
import { deactivatePerson, reactivatePerson } from '@/lib/server/people/person-activation';
import { getPersonDetails } from '@/lib/server/people/person-details';
import { saveDepartment } from './save-department';
import { saveTeam } from './save-team';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { installAppDatabase } from '@/testing/database/app-database';

let database: TestDatabase;
let hr: Viewer;
const ids = { teams: new Map<string, number>(), departments: new Map<string, number>() };

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db);
  for (const row of await database.db.select().from(teams)) ids.teams.set(row.name, row.id);
  for (const row of await database.db.select().from(departments)) ids.departments.set(row.name, row.id);
  hr = (await loadViewer(database.db, await personId(DEMO_ACCOUNTS.hr.email)))!;
});
afterAll(() => database.destroy());

async function personId(email: string): Promise<number> {
  const [row] = await database.db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return row!.id;
}
const responsesByTeam = async (id: number) =>
  database.db
    .select({ teamId: responses.teamId, value: count() })
    .from(responses)
    .where(eq(responses.personId, id))
    .groupBy(responses.teamId)
    .orderBy(responses.teamId);
const lastAudit = async () => (await database.db.select().from(auditLog).orderBy(auditLog.id)).at(-1)!;
/** Every row of the team-pulse rollup with the transaction that wrote it: a rebuild or any update changes it. */
const teamPulseRollup = async () =>
  rowsOf(
    await database.db.execute(
      sql`select team_id, pulse_id, respondents, invited, xmin::text as written_by from rollup_team_pulse order by team_id, pulse_id`,
    ),
  );
const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof ChangeRefused ? error.reason : String(error)),
  );

describe('moving a person to another team', () => {
  it('keeps their earlier answers with the old team, keeps the history, and leaves the team-pulse rollup as it was', async () => {
    const employee = await personId(DEMO_ACCOUNTS.employee.email);
    const before = await responsesByTeam(employee);
    expect(before).toEqual([{ teamId: ids.teams.get(DEMO_TEAM_A)!, value: expect.any(Number) as number }]);
    const today = organisationDay();
    const rollup = await teamPulseRollup();

    await movePerson(hr, { personId: employee, teamId: ids.teams.get(DEMO_STABLE_TEAM)!, date: today });

    expect(await responsesByTeam(employee)).toEqual(before);
    const details = await getPersonDetails(hr, employee);
    expect(details.history.map((stay) => [stay.teamName, stay.validTo])).toEqual([
      [DEMO_STABLE_TEAM, null],
      [DEMO_TEAM_A, today],
    ]);
    expect(await teamPulseRollup()).toEqual(rollup);
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: 'person.move',
      actorId: hr.personId,
      entityId: String(employee),
    });
  });

  it('refuses a move into the team they are in, before their current stay, or in the future', async () => {
    const employee = await personId(DEMO_ACCOUNTS.employee.email);
    const stable = ids.teams.get(DEMO_STABLE_TEAM)!;
    expect(await reasonOf(movePerson(hr, { personId: employee, teamId: stable, date: organisationDay() }))).toBe(
      'alreadyInTeam',
    );
    expect(
      await reasonOf(movePerson(hr, { personId: employee, teamId: ids.teams.get(DEMO_TEAM_B)!, date: '2000-01-01' })),
    ).toBe('moveBeforeCurrentTeam');
    expect(
      await reasonOf(movePerson(hr, { personId: employee, teamId: ids.teams.get(DEMO_TEAM_B)!, date: '2999-01-01' })),
    ).toBe('moveInFuture');
  });
});

describe('reorganising departments and teams', () => {
  it('moves a team to another department without rewriting or rebuilding the team-pulse rollup', async () => {
    const team = ids.teams.get(DEMO_TEAM_B)!;
    const head = ids.departments.get(DEMO_HEAD_DEPARTMENT)!;
    const before = await teamPulseRollup();
    expect(before.length).toBeGreaterThan(0);
    await saveTeam(hr, { teamId: team, name: DEMO_TEAM_B, departmentId: head });
    expect(
      (await database.db.select({ departmentId: teams.departmentId }).from(teams).where(eq(teams.id, team)))[0],
    ).toEqual({ departmentId: head });
    expect(await teamPulseRollup()).toEqual(before);
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: 'team.update',
      after: { name: DEMO_TEAM_B, departmentId: head },
    });
  });

  it('nests a department elsewhere, refuses a cycle, and leaves the team-pulse rollup as it was', async () => {
    const parent = ids.departments.get(DEMO_HEAD_DEPARTMENT)!;
    const nested = ids.departments.get(DEMO_NESTED_DEPARTMENT)!;
    expect(
      await reasonOf(saveDepartment(hr, { departmentId: parent, name: DEMO_HEAD_DEPARTMENT, parentId: nested })),
    ).toBe('departmentCycle');
    const { departmentId } = await saveDepartment(hr, { name: 'Operaties', parentId: null });
    const before = await teamPulseRollup();
    await saveDepartment(hr, { departmentId: parent, name: DEMO_HEAD_DEPARTMENT, parentId: departmentId });
    expect(await teamPulseRollup()).toEqual(before);
    expect(await checkRollups(database.db)).toEqual([]);
    const actions = (await database.db.select().from(auditLog).where(eq(auditLog.actorId, hr.personId))).map(
      (entry) => entry.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['department.create', 'department.update']));
  });

  it('refuses a second team with the same name in a department', async () => {
    const department = (
      await database.db
        .select()
        .from(teams)
        .where(eq(teams.id, ids.teams.get(DEMO_STABLE_TEAM)!))
    )[0]!.departmentId;
    expect(await reasonOf(saveTeam(hr, { name: DEMO_STABLE_TEAM.toUpperCase(), departmentId: department }))).toBe(
      'duplicateTeam',
    );
  });
});

describe('leaders and heads', () => {
  it("grants the leader role with a team and revokes it with the last one, ending the person's sessions each time", async () => {
    const person = DEMO_ACCOUNTS.employee.email;
    const id = await personId(person);
    const roles = async () =>
      (await database.db.select().from(personRoles).where(eq(personRoles.personId, id))).map((row) => row.role).sort();
    const sessionVersion = async () =>
      (await database.db.select({ version: people.sessionVersion }).from(people).where(eq(people.id, id)))[0]!.version;
    const team = ids.teams.get(DEMO_STABLE_TEAM)!;
    const versionBefore = await sessionVersion();
    await addLeadership(hr, { unit: 'team', unitId: team, email: person.toUpperCase() });
    expect(await roles()).toEqual(['employee', 'leader']);
    expect(await sessionVersion()).toBe(versionBefore + 1);
    expect(await lastAudit()).toMatchObject({
      action: 'team.leader.add',
      entityId: String(team),
      after: { leaderRoleGranted: true },
    });
    await removeLeadership(hr, { unit: 'team', unitId: team, personId: id });
    expect(await roles()).toEqual(['employee']);
    expect(await sessionVersion()).toBe(versionBefore + 2);
    expect(await lastAudit()).toMatchObject({ action: 'team.leader.remove', after: { leaderRoleRevoked: true } });
    const department = ids.departments.get(DEMO_HEAD_DEPARTMENT)!;
    expect(
      await reasonOf(addLeadership(hr, { unit: 'department', unitId: department, email: 'nobody@demo.test' })),
    ).toBe('unknownPerson');
  });
});

describe('deactivating a leaver', () => {
  it('stops their sign-in, ends their stay, keeps their answers in the aggregates, and can be undone', async () => {
    const leaver = await personId(DEMO_ACCOUNTS.leader.email);
    const answered = await responsesByTeam(leaver);
    await deactivatePerson(hr, leaver);
    expect(await loadViewer(database.db, leaver)).toBeNull();
    expect(await responsesByTeam(leaver)).toEqual(answered);
    expect(
      await database.db.$count(
        teamMemberships,
        and(eq(teamMemberships.personId, leaver), isNull(teamMemberships.validTo)),
      ),
    ).toBe(0);
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: 'person.deactivate', entityId: String(leaver) });
    expect(await reasonOf(deactivatePerson(hr, leaver))).toBe('inactivePerson');

    await reactivatePerson(hr, leaver);
    expect(await loadViewer(database.db, leaver)).not.toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'person.reactivate' });
  });

  it('refuses to deactivate the last active admin, even to that admin', async () => {
    const adminId = await personId(DEMO_ACCOUNTS.admin.email);
    await database.db.insert(personRoles).values({ personId: adminId, role: 'hr' });
    const admin = (await loadViewer(database.db, adminId))!;
    expect(await reasonOf(deactivatePerson(admin, adminId))).toBe('lastAdmin');
    await database.db.delete(personRoles).where(and(eq(personRoles.personId, adminId), eq(personRoles.role, 'hr')));
  });
});
