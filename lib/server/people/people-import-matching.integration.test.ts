import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, teams } from '@/db/schema';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { organisationState } from '@/testing/database/organisation-state';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { installAppDatabase } from '@/testing/database/app-database';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { EXAMPLE_PEOPLE_CSV } from '@/lib/domain/people-import/people-csv-format';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { applyPeopleImport, previewPeopleImport } from './people-import';
import { searchPeople } from './people-directory';

let database: TestDatabase;
let org: FixtureOrganisation;
let hr: Viewer;
let magazijn: number;
const today = new Date('2026-06-15T10:00:00Z');
const HEADER = 'email,name,department,team,role,leader_email,new_department';

/** The fixture organisation plus the demo's Productie, with Magazijn in its nested Productie Logistiek. */
beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
  hr = (await loadViewer(database.db, org.people.hr))!;
  const [productie] = await database.db.insert(departments).values({ name: 'Productie' }).returning();
  const [logistiek] = await database.db
    .insert(departments)
    .values({ name: 'Productie Logistiek', parentId: productie!.id })
    .returning();
  const created = await database.db
    .insert(teams)
    .values([
      { name: 'Magazijn', departmentId: logistiek!.id },
      { name: 'Kwaliteitscontrole', departmentId: productie!.id },
      // Two teams of one name below Operations: North Crew in Operations North, and one right in Operations.
      { name: 'North Crew', departmentId: org.departments.parent },
    ])
    .returning();
  magazijn = created[0]!.id;
});
afterAll(() => database.destroy());

const file = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('an import that matches the organisation', () => {
  it('puts README’s example row in the nested Magazijn, planning no new team for it', async () => {
    const { plan } = await previewPeopleImport(hr, EXAMPLE_PEOPLE_CSV, today);
    expect(plan.errors).toEqual([]);
    expect(plan.newPeople.slice(0, 2).map((person) => [person.email, person.team])).toEqual([
      [
        'an.peeters@example.be',
        {
          department: 'Productie Logistiek',
          team: 'Magazijn',
          departmentId: expect.any(Number) as number,
          teamId: magazijn,
        },
      ],
      [
        'jan.janssens@example.be',
        {
          department: 'Productie Logistiek',
          team: 'Magazijn',
          departmentId: expect.any(Number) as number,
          teamId: magazijn,
        },
      ],
    ]);
    // Only the row that says new_department = yes creates anything.
    expect(plan.newDepartments).toEqual(['Onderzoek']);
    expect(plan.newTeams.map((team) => team.team)).toEqual(['Prototypes']);
  });

  it('refuses a misspelled department instead of creating it, and warns about a near-duplicate team', async () => {
    const { plan } = await previewPeopleImport(
      hr,
      file('a@example.be,A,Productiee,Magazijn,,,', 'b@example.be,B,Productie,Magazyn,,,'),
      today,
    );
    expect(plan.errors).toEqual([
      { line: 2, problem: 'unknownDepartment', detail: 'Productiee', candidates: ['Productie'] },
    ]);
    expect(plan.warnings).toEqual([
      {
        line: 3,
        warning: 'similarTeam',
        detail: 'Magazyn',
        candidates: ['Productie › Productie Logistiek › Magazijn'],
      },
    ]);
    expect(plan.newDepartments).toEqual([]);
    expect(plan.newTeams.map((team) => [team.department, team.team])).toEqual([['Productie', 'Magazyn']]);
  });

  it('reports a team name found twice below the department as an error naming both paths', async () => {
    const { plan } = await previewPeopleImport(hr, file('c@example.be,C,Operations,north crew,,,'), today);
    expect(plan.errors).toEqual([
      {
        line: 2,
        problem: 'ambiguousTeam',
        detail: 'north crew',
        candidates: ['Operations › North Crew', 'Operations › Operations North › North Crew'],
      },
    ]);
    expect(plan.newTeams).toEqual([]);
  });

  it('lists every error of every bad row beside the plan of the good rows, and applies none of it', async () => {
    const csv = file(
      'good@example.be,Goed,Productie,Magazijn,,,',
      'not-an-email,,=Productie,Magazijn,boss,nobody@example.be,',
      'also-good@example.be,Ook Goed,Sales,Nieuw Team,,,',
      'bad2@example.be,Fout,Nergens,X,,nobody@example.be,',
    );
    const before = await organisationState(database.db);
    const preview = await previewPeopleImport(hr, csv, today);
    expect(preview.plan.errors).toEqual([
      { line: 3, problem: 'email', detail: 'not-an-email' },
      { line: 3, problem: 'name', detail: '' },
      { line: 3, problem: 'formulaName', detail: '=Productie' },
      { line: 3, problem: 'role', detail: 'boss' },
      { line: 3, problem: 'unknownLeader', detail: 'nobody@example.be' },
      { line: 5, problem: 'unknownDepartment', detail: 'Nergens', candidates: [] },
      { line: 5, problem: 'unknownLeader', detail: 'nobody@example.be' },
    ]);
    expect(preview.plan.rows).toBe(2);
    expect(preview.plan.newPeople.map((person) => [person.email, person.team.team])).toEqual([
      ['good@example.be', 'Magazijn'],
      ['also-good@example.be', 'Nieuw Team'],
    ]);
    expect(preview.plan.newTeams.map((team) => team.team)).toEqual(['Nieuw Team']);
    const applied = await applyPeopleImport(hr, csv, preview.digest, today);
    expect(applied.applied).toBe(false);
    expect(await organisationState(database.db)).toBe(before);
  });

  it('imports an XLSX workbook exactly as its CSV, and refuses a corrupt one with a 422', async () => {
    const rows = [
      HEADER.split(','),
      ['x1@example.be', 'Xlsx Een', 'Productie', 'Magazijn', 'leader', '', ''],
      ['x2@example.be', 'Xlsx Twee', 'Productie', 'Kwaliteitscontrole', '', 'x1@example.be', ''],
      ['x3@example.be', 'Xlsx Drie', 'Onderzoek', 'Prototypes', '', '', 'yes'],
    ];
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Mensen').addRows(rows);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const csv = rows.map((row) => row.join(',')).join('\n');

    const fromCsv = await previewPeopleImport(hr, csv, today);
    const fromXlsx = await previewPeopleImport(hr, { kind: 'xlsx', bytes }, today);
    expect(fromCsv.plan.errors).toEqual([]);
    expect(fromXlsx.plan).toEqual(fromCsv.plan);
    expect(fromXlsx.digest).toBe(fromCsv.digest);

    const result = await applyPeopleImport(hr, { kind: 'xlsx', bytes }, fromCsv.digest, today);
    expect(result.applied).toBe(true);
    expect((await previewPeopleImport(hr, csv, today)).plan).toMatchObject({ newPeople: [], unchanged: 3 });

    const corrupt = bytes.slice(0, 200);
    const refusal = await previewPeopleImport(hr, { kind: 'xlsx', bytes: corrupt }, today).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ChangeRefused);
    expect(refusal).toMatchObject({ reason: 'importUnreadableXlsx', status: 422 });
  });
});

describe('people search', () => {
  it('finds a team’s current members by the team’s name', async () => {
    const result = await searchPeople(hr, { q: 'sales des', status: 'all', page: 1 });
    expect(result.people.map((person) => person.teamName)).toEqual(result.people.map(() => 'Sales Desk'));
    expect(result.people.map((person) => person.email)).toContain('outsider@fixture.test');
    expect(result.total).toBe(result.people.length);
  });
});
