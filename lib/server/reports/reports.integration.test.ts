import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments, people, teams } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_DECLINING_DEPARTMENT,
  DEMO_SMALL_TEAM,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { installAppDatabase } from '@/testing/database/app-database';
import { AppError } from '@/lib/domain/errors';
import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import { departmentUnit } from '@/lib/domain/rollups/units';
import { exportAggregates, getHeatmap, getTeamTrends } from './reports';
import { getTeamResults } from './team-results';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';

let database: TestDatabase;
const ids = { teams: new Map<string, number>(), departments: new Map<string, number>() };

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db);
  for (const row of await database.db.select().from(teams)) ids.teams.set(row.name, row.id);
  for (const row of await database.db.select().from(departments)) ids.departments.set(row.name, row.id);
});
afterAll(() => database.destroy());

async function viewerFor(email: string): Promise<Viewer> {
  const [person] = await database.db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return (await loadViewer(database.db, person!.id))!;
}
const team = (name: string) => ids.teams.get(name)!;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe('reports on the demo organisation', () => {
  it('shows a team’s page the period asked for when its trend has it, else the latest in which its results are shown', async () => {
    const hr = await viewerFor(DEMO_ACCOUNTS.hr.email);
    for (const kind of PERIOD_KINDS) {
      const { trends, at } = await getTeamResults(hr, team(DEMO_SMALL_TEAM), kind, '1999-01');
      const points = trends.lines[0]!.points;
      expect(at, kind).toBe(points.findLast((point) => !point.suppressed)?.period ?? points.at(-1)!.period);
      expect((await getTeamResults(hr, team(DEMO_SMALL_TEAM), kind, points[0]!.period)).at, kind).toBe(
        points[0]!.period,
      );
    }
  });

  it('shows the declining team’s role line dropping significantly', async () => {
    const hr = await viewerFor(DEMO_ACCOUNTS.hr.email);
    const trends = await getTeamTrends(hr, team(DEMO_TEAM_B), 'month');
    const role = trends.lines.find((line) => line.line === 2)!.points;
    const shown = role.filter((point) => !point.suppressed);
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(shown.some((point) => point.significant && point.change !== null && point.change < 0)).toBe(true);
    expect(shown.at(-1)!.score!).toBeLessThan(shown[0]!.score! - 20);
    for (const point of shown) {
      expect(point.ciLow!).toBeLessThanOrEqual(point.score!);
      expect(point.ciHigh!).toBeGreaterThanOrEqual(point.score!);
      expect(point.n!).toBeGreaterThanOrEqual(5);
    }
  });

  it('never shows the team smaller than k, in any period, API or export', async () => {
    const hr = await viewerFor(DEMO_ACCOUNTS.hr.email);
    for (const kind of PERIOD_KINDS) {
      const trends = await getTeamTrends(hr, team(DEMO_SMALL_TEAM), kind);
      expect(
        trends.lines
          .flatMap((line) => line.points)
          .every((point) => point.suppressed && point.n === null && point.score === null),
      ).toBe(true);
    }
    const [small] = await database.db
      .select()
      .from(teams)
      .where(eq(teams.id, team(DEMO_SMALL_TEAM)));
    const heatmap = await getHeatmap(hr, departmentUnit(small!.departmentId), 'month');
    const row = heatmap.rows.find((r) => r.name === DEMO_SMALL_TEAM)!;
    expect(row.cells.every((cell) => cell.suppressed && cell.score === null)).toBe(true);
    expect(row.participation).toBeNull();
    const rows = parse<Record<string, string>>(await exportAggregates(hr), { columns: true });
    const smallRows = rows.filter((r) => r.unit_kind === 'team' && r.unit_name === DEMO_SMALL_TEAM);
    expect(smallRows.length).toBeGreaterThan(0);
    expect(smallRows.every((r) => r.suppressed === 'true' && r.n === '' && r.score === '')).toBe(true);
  });

  it('gives HR the organisation heatmap with every department and a participation rate', async () => {
    const heatmap = await getHeatmap(await viewerFor(DEMO_ACCOUNTS.hr.email), 'org', 'month');
    expect(heatmap.at).toMatch(/^\d{4}-\d{2}$/);
    expect(heatmap.rows.map((row) => row.kind)).toEqual(heatmap.rows.map(() => 'department'));
    expect(heatmap.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of heatmap.rows) {
      expect(row.cells.map((cell) => cell.line)).toEqual([1, 2, 3, 4]);
      expect(row.participation).toBeGreaterThan(20);
      expect(row.participation).toBeLessThanOrEqual(100);
    }
  });

  it('shows the declining department’s integrity line below the organisation’s other departments', async () => {
    const hr = await viewerFor(DEMO_ACCOUNTS.hr.email);
    const heatmap = await getHeatmap(hr, 'org', 'month');
    const integrity = (name: string) =>
      heatmap.rows.find((row) => row.name === name)!.cells.find((cell) => cell.line === 4)!.score!;
    const others = heatmap.rows
      .filter((row) => row.name !== DEMO_DECLINING_DEPARTMENT)
      .map((row) => integrity(row.name));
    expect(integrity(DEMO_DECLINING_DEPARTMENT)).toBeLessThan(Math.min(...others));
  });

  it('records every export in the audit log', async () => {
    const hr = await viewerFor(DEMO_ACCOUNTS.hr.email);
    const before = await database.db.$count(auditLog, eq(auditLog.action, 'export.aggregates'));
    await exportAggregates(hr);
    expect(await database.db.$count(auditLog, eq(auditLog.action, 'export.aggregates'))).toBe(before + 1);
  });
});

describe('who may see which reports', () => {
  it('lets an employee see their own team only', async () => {
    const employee = await viewerFor(DEMO_ACCOUNTS.employee.email);
    expect(await refusal(getTeamTrends(employee, team(DEMO_TEAM_A), 'month'))).toBe('allowed');
    expect(await refusal(getTeamTrends(employee, team(DEMO_TEAM_B), 'month'))).toBe('forbidden');
    expect(await refusal(getHeatmap(employee, 'org', 'month'))).toBe('forbidden');
    expect(await refusal(exportAggregates(employee))).toBe('forbidden');
  });

  it('lets a leader see the teams they lead, and nothing organisation-wide', async () => {
    const leader = await viewerFor(DEMO_ACCOUNTS.leader.email);
    expect(await refusal(getTeamTrends(leader, team(DEMO_TEAM_B), 'week'))).toBe('allowed');
    expect(await refusal(getTeamTrends(leader, team(DEMO_SMALL_TEAM), 'week'))).toBe('forbidden');
    expect(await refusal(getHeatmap(leader, 'org', 'month'))).toBe('forbidden');
    expect(
      await refusal(getHeatmap(leader, departmentUnit(ids.departments.get(DEMO_DECLINING_DEPARTMENT)!), 'month')),
    ).toBe('forbidden');
    expect(await refusal(exportAggregates(leader))).toBe('forbidden');
  });

  it('lets a head see their department and the departments below it, not others', async () => {
    const head = await viewerFor(DEMO_ACCOUNTS.head.email);
    const own = DEMO_ACCOUNTS.head.heads[0];
    const nested = await database.db
      .select()
      .from(departments)
      .where(eq(departments.parentId, ids.departments.get(own)!));
    expect(await refusal(getHeatmap(head, departmentUnit(ids.departments.get(own)!), 'month'))).toBe('allowed');
    expect(await refusal(getHeatmap(head, departmentUnit(nested[0]!.id), 'month'))).toBe('allowed');
    expect(
      await refusal(getHeatmap(head, departmentUnit(ids.departments.get(DEMO_DECLINING_DEPARTMENT)!), 'month')),
    ).toBe('forbidden');
    expect(await refusal(getHeatmap(head, 'org', 'month'))).toBe('forbidden');
  });

  it('answers 404 for a team that does not exist and 422 for a period without a pulse', async () => {
    const hr = await viewerFor(DEMO_ACCOUNTS.hr.email);
    expect(await refusal(getTeamTrends(hr, 999_999, 'month'))).toBe('not_found');
    expect(await refusal(getHeatmap(hr, 'org', 'month', '1999-01'))).toBe('invalid_input');
  });
});
