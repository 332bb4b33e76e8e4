import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, teams } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { organisationState } from '@/testing/database/organisation-state';
import type { TestDatabase } from '@/testing/database/test-database';
import { startsLikeFormula } from '@/lib/domain/csv/spreadsheet-safe-cell';
import { ORG_UNIT } from '@/lib/domain/rollups/units';
import { exportHeatmapView } from './heatmap-export';
import { applyPeopleImport, previewPeopleImport } from '@/lib/server/people/people-import';
import { exportAggregates } from './reports';
import { saveDepartment } from '@/lib/server/organisation/save-department';
import { saveTeam } from '@/lib/server/organisation/save-team';
import { type DemoLookup, seededDemo } from '@/testing/demo-lookup';

const EVIL = '=HYPERLINK("http://evil.example","x")';
/** How the CSV carries the name: quoted, with a single quote in front, the inner quotes doubled. */
const NEUTRALISED = `"'=HYPERLINK(""http://evil.example"",""x"")"`;
const NUMBER = /^-?\d+(\.\d+)?$/;

let database: TestDatabase;
let demo: DemoLookup;
let departmentId: number;
let teamId: number;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
  teamId = demo.team(DEMO_TEAM_B);
  const [team] = await database.db.select({ departmentId: teams.departmentId }).from(teams).where(eq(teams.id, teamId));
  departmentId = team!.departmentId;
  // Legacy data: names stored before the forms refused them, written past every check.
  await database.db.update(departments).set({ name: EVIL }).where(eq(departments.id, departmentId));
  await database.db.update(teams).set({ name: EVIL }).where(eq(teams.id, teamId));
});
afterAll(() => database.destroy());

/** Every cell of a parsed CSV that a spreadsheet would evaluate: text starting like a formula. */
const formulaCells = (rows: Record<string, string>[]) =>
  rows.flatMap((row) => Object.values(row).filter((cell) => !NUMBER.test(cell) && startsLikeFormula(cell)));

describe('a department and a team named like a formula, already in the database', () => {
  it('appear as text in the aggregates export, whose negative changes stay numbers', async () => {
    const csv = await exportAggregates(await demo.viewer(DEMO_ACCOUNTS.hr.email));
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`department,${departmentId},${NEUTRALISED},`);
    expect(csv).toContain(`team,${teamId},${NEUTRALISED},`);
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(
      new Set(
        rows
          .filter((row) => [`department:${departmentId}`, `team:${teamId}`].includes(`${row.unit_kind}:${row.unit_id}`))
          .map((row) => row.unit_name),
      ),
    ).toEqual(new Set([`'${EVIL}`]));
    expect(formulaCells(rows)).toEqual([]);
    expect(rows.some((row) => row.unit_id === String(teamId) && /^-\d/.test(row.change!))).toBe(true);
  });

  it('appear as text in the heatmap export, with the department opened to its teams', async () => {
    const exported = await exportHeatmapView(await demo.viewer(DEMO_ACCOUNTS.hr.email), ORG_UNIT, 'month', undefined, {
      expand: [departmentId],
      sort: null,
    });
    expect(exported.csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(exported.csv).toContain(`0,department,${departmentId},${NEUTRALISED},`);
    expect(exported.csv).toContain(`1,team,${teamId},${NEUTRALISED},`);
    const rows = parse<Record<string, string>>(exported.csv, { columns: true, bom: true });
    expect(rows.filter((row) => row.name === `'${EVIL}`).map((row) => `${row.kind}:${row.id}`)).toEqual([
      `department:${departmentId}`,
      `team:${teamId}`,
    ]);
    expect(formulaCells(rows)).toEqual([]);
  });
});

describe('creating such a name', () => {
  it('is refused by the department and team forms, new or renamed, changing nothing', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const before = await organisationState(database.db);
    const attempts = [
      saveDepartment(hr, { name: EVIL, parentId: null }),
      saveDepartment(hr, { departmentId: demo.department('Productie'), name: '+32 Productie', parentId: null }),
      saveTeam(hr, { name: EVIL, departmentId: demo.department('Productie') }),
      saveTeam(hr, {
        teamId: demo.team('Magazijn'),
        name: ' @SUM(1)',
        departmentId: demo.department('Productie Logistiek'),
      }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow('A name cannot start with =, +, - or @.');
    expect(await organisationState(database.db)).toBe(before);
  });

  it('is refused by the people import, in the dry run and when applied, changing nothing', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const file = [
      'email,name,department,team,role,leader_email',
      `new@demo.test,New,"${EVIL.replaceAll('"', '""')}",Team,,`,
      'other@demo.test,Other,Productie,-Team,,',
    ].join('\n');
    const before = await organisationState(database.db);
    const expected = [
      { line: 2, problem: 'formulaName', detail: EVIL },
      { line: 3, problem: 'formulaName', detail: '-Team' },
    ];
    const preview = await previewPeopleImport(hr, file);
    expect(preview.plan.errors).toEqual(expected);
    const applied = await applyPeopleImport(hr, file, preview.digest);
    expect([applied.applied, applied.plan.errors]).toEqual([false, expected]);
    expect(await organisationState(database.db)).toBe(before);
  });
});
