import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people, personRoles, teamLeaders, teamMemberships, teams } from '@/db/schema';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { organisationState } from '@/testing/database/organisation-state';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { applyPeopleImport, previewPeopleImport } from './people-import';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { installAppDatabase } from '@/testing/database/app-database';

let database: TestDatabase;
let org: FixtureOrganisation;
let hr: Viewer;
const today = new Date('2026-06-15T10:00:00Z');
const HEADER = 'email,name,department,team,role,leader_email';

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
  hr = (await loadViewer(database.db, org.people.hr))!;
});
afterAll(() => database.destroy());

const VALID = [
  `${HEADER},new_department`,
  'nieuw@fixture.test,Nieuwe Collega,Logistiek,Expeditie,,lead@fixture.test,yes',
  'lead@fixture.test,Nieuwe Leider,Logistiek,Expeditie,leader,,',
  'employee@fixture.test,Fixture employee,Sales,Sales Desk,leader,,',
  'leader@fixture.test,Fixture Leader (renamed),Operations North,North Crew,,,',
].join('\n');

describe('the people import', () => {
  it('applies nothing when one row is invalid, and names the line', async () => {
    const before = await organisationState(database.db);
    const invalid = `${VALID}\nbroken-email,Someone,Sales,Sales Desk,,,\n`;
    const preview = await previewPeopleImport(hr, invalid, today);
    expect(preview.plan.errors).toEqual([{ line: 6, problem: 'email', detail: 'broken-email' }]);
    const applied = await applyPeopleImport(hr, invalid, preview.digest, today);
    expect(applied.applied).toBe(false);
    expect(applied.plan.errors).toHaveLength(1);
    expect(await organisationState(database.db)).toBe(before);
  });

  it('rolls back everything when a write fails halfway', async () => {
    const before = await organisationState(database.db);
    // Leaders are written last: make that step fail once departments, teams and people are written.
    await database.query(
      `create function refuse_leaders() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`,
    );
    await database.query(
      `create trigger refuse_leaders before insert on team_leaders for each row execute function refuse_leaders()`,
    );
    try {
      const preview = await previewPeopleImport(hr, VALID, today);
      expect(preview.plan.errors).toEqual([]);
      await expect(applyPeopleImport(hr, VALID, preview.digest, today)).rejects.toThrow(/team_leaders/);
    } finally {
      await database.query('drop trigger refuse_leaders on team_leaders');
      await database.query('drop function refuse_leaders');
    }
    expect(await organisationState(database.db)).toBe(before);
  });

  it('refuses to apply without the digest of a dry run, changing nothing', async () => {
    const before = await organisationState(database.db);
    const refusal = await applyPeopleImport(hr, VALID, null, today).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ChangeRefused);
    expect(refusal).toMatchObject({
      reason: 'importWithoutDryRun',
      status: 422,
      message: expect.stringMatching(/dry run first/) as unknown,
    });
    expect(await organisationState(database.db)).toBe(before);
  });

  it('shows the changes in a dry run and applies exactly them, recorded in the audit log', async () => {
    const preview = await previewPeopleImport(hr, VALID, today);
    expect(preview.plan.errors).toEqual([]);
    expect(preview.plan.newDepartments).toEqual(['Logistiek']);
    expect(preview.plan.newTeams.map((team) => team.team)).toEqual(['Expeditie']);
    expect(preview.plan.newPeople.map((person) => person.email)).toEqual(['nieuw@fixture.test', 'lead@fixture.test']);
    expect(preview.plan.moved.map((move) => [move.email, move.from?.team, move.to.team])).toEqual([
      ['employee@fixture.test', 'North Crew', 'Sales Desk'],
    ]);
    expect(preview.plan.renamed.map((rename) => rename.to)).toEqual(['Fixture Leader (renamed)']);
    expect(preview.plan.roleGrants.map((grant) => [grant.email, grant.role])).toEqual([
      ['employee@fixture.test', 'leader'],
    ]);

    const result = await applyPeopleImport(hr, VALID, preview.digest, today);
    expect(result.applied).toBe(true);

    const [lead] = await database.db.select().from(people).where(eq(people.email, 'lead@fixture.test'));
    const [expeditie] = await database.db.select().from(teams).where(eq(teams.name, 'Expeditie'));
    expect(await database.db.select().from(teamLeaders).where(eq(teamLeaders.teamId, expeditie!.id))).toEqual([
      { teamId: expeditie!.id, personId: lead!.id },
    ]);
    expect(
      (await database.db.select().from(personRoles).where(eq(personRoles.personId, lead!.id)))
        .map((row) => row.role)
        .sort(),
    ).toEqual(['employee', 'leader']);

    const stays = await database.db
      .select()
      .from(teamMemberships)
      .where(eq(teamMemberships.personId, org.people.employee))
      .orderBy(teamMemberships.validFrom);
    expect(stays.map((stay) => [stay.teamId, stay.validFrom, stay.validTo])).toEqual([
      [org.teams.childTeam, '2026-01-01', '2026-06-15'],
      [org.teams.otherTeam, '2026-06-15', null],
    ]);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'people.import'));
    expect(entry).toMatchObject({ actorId: org.people.hr, entity: 'people' });
    expect((entry!.after as { newPeople: string[] }).newPeople).toEqual(['nieuw@fixture.test', 'lead@fixture.test']);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await previewPeopleImport(hr, VALID, today);
    expect(again.plan).toMatchObject({
      newPeople: [],
      moved: [],
      renamed: [],
      roleGrants: [],
      newLeaders: [],
      newTeams: [],
      unchanged: 4,
    });
  });

  it('refuses to apply when the organisation changed since the dry run', async () => {
    const file = `${HEADER}\nlater@fixture.test,Later,Sales,Sales Desk,,\n`;
    const preview = await previewPeopleImport(hr, file, today);
    await database.db.execute(sql`insert into people (email, name) values ('later@fixture.test', 'Someone Else')`);
    const refusal = await applyPeopleImport(hr, file, preview.digest, today).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ChangeRefused);
    expect((refusal as ChangeRefused).reason).toBe('importChanged');
  });

  it('grants neither HR nor admin, even when an admin imports: a row asking for them is refused and nothing changes', async () => {
    const [hrAdmin] = await database.db
      .insert(people)
      .values({ email: 'hr-admin@fixture.test', name: 'HR and admin' })
      .returning({ id: people.id });
    await database.db.insert(personRoles).values([
      { personId: hrAdmin!.id, role: 'hr' },
      { personId: hrAdmin!.id, role: 'admin' },
    ]);
    const file = [
      HEADER,
      'would-be-hr@fixture.test,Would Be,Sales,Sales Desk,hr,',
      'employee@fixture.test,Fixture employee,Sales,Sales Desk,HR,',
      'outsider@fixture.test,Fixture outsider,Sales,Sales Desk,admin,',
    ].join('\n');
    const expected = [
      { line: 2, problem: 'managedRole', detail: 'hr' },
      { line: 3, problem: 'managedRole', detail: 'hr' },
      { line: 4, problem: 'managedRole', detail: 'admin' },
    ];
    const before = await organisationState(database.db);
    for (const viewer of [hr, (await loadViewer(database.db, hrAdmin!.id))!]) {
      const preview = await previewPeopleImport(viewer, file, today);
      expect(preview.plan.errors).toEqual(expected);
      const applied = await applyPeopleImport(viewer, file, preview.digest, today);
      expect([applied.applied, applied.plan.errors]).toEqual([false, expected]);
    }
    expect(await organisationState(database.db)).toBe(before);
  });
});
