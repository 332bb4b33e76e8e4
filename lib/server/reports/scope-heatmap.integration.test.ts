import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  DEMO_HEAD_DEPARTMENT,
  DEMO_NESTED_DEPARTMENT,
  DEMO_SMALL_TEAM,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import type { TestDatabase } from '@/testing/database/test-database';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import { createCellBook } from '@/lib/domain/reports/cell-book';
import { flagChanges } from '@/lib/domain/reports/flag-changes';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { buildTeamSetHeatmap } from '@/lib/domain/reports/team-set-heatmap';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { getHeatmap, getTeamTrends } from './reports';
import { getScopeHeatmap } from './scope-heatmap';
import { type DemoLookup, seededDemo, outcome } from '@/testing/demo-lookup';

let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
});
afterAll(() => database.destroy());

const withoutPeriod = <T extends { period: string }>({ period: _period, ...rest }: T) => rest;
/** A cell's figures, without how strongly its change is marked: that is weighed within each view. */
const figures = <T extends { evidence: unknown; significant: boolean }>({
  evidence: _evidence,
  significant: _significant,
  ...rest
}: T) => rest;

describe('the heatmap of a leader’s teams', () => {
  it('groups a leader’s teams by department, with the same figures as each team’s trends in every period', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    for (const kind of PERIOD_KINDS) {
      const latest = await getScopeHeatmap(leader, kind);
      expect(
        latest.groups.map((group) => [group.department.name, group.total, group.rows.map((row) => row.name)]),
      ).toEqual([['IT & Digitaal', null, [DEMO_TEAM_A, DEMO_TEAM_B]]]);
      const api = await getHeatmap(
        await demo.viewer(DEMO_ACCOUNTS.hr.email),
        departmentUnit(demo.department('IT & Digitaal')),
        kind,
        latest.at!,
      );
      expect(latest.groups[0]!.rows).toEqual(
        api.rows.filter((row) => row.name === DEMO_TEAM_A || row.name === DEMO_TEAM_B),
      );
      const trends = await Promise.all(
        [DEMO_TEAM_A, DEMO_TEAM_B].map((team) => getTeamTrends(leader, demo.team(team), kind)),
      );
      for (const at of latest.available) {
        const heatmap = at === latest.at ? latest : await getScopeHeatmap(leader, kind, at);
        heatmap.groups[0]!.rows.forEach((row, index) => {
          const expected = trends[index]!.lines.map(({ line, points }) => ({
            line,
            ...figures(withoutPeriod(points.find((point) => point.period === at)!)),
          }));
          expect(row.cells.map(figures), `${kind} ${at} ${row.name}`).toEqual(expected);
        });
      }
    }
  });

  it('shows, without a period asked, the latest period in which any of the teams is shown', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const heatmap = await getScopeHeatmap(leader, 'week');
    const shownAt = (label: string) =>
      getScopeHeatmap(leader, 'week', label).then((h) =>
        h.groups.flatMap((g) => g.rows).some((row) => !row.cells[0]!.suppressed),
      );
    expect(await shownAt(heatmap.at!)).toBe(true);
    const later = heatmap.available.slice(heatmap.available.indexOf(heatmap.at!) + 1);
    for (const label of later) expect(await shownAt(label)).toBe(false);
  });

  it('takes the period asked for as a preference: one without published results shows the latest', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    expect(await getScopeHeatmap(leader, 'month', '1999-01')).toEqual(await getScopeHeatmap(leader, 'month'));
  });

  it('gives a department head each department below them, exactly as the heatmap API gives it, with the department as a whole', async () => {
    const head = await demo.viewer(DEMO_ACCOUNTS.head.email);
    const heatmap = await getScopeHeatmap(head, 'month');
    expect(heatmap.groups.map((group) => group.department.name)).toEqual([
      DEMO_HEAD_DEPARTMENT,
      DEMO_NESTED_DEPARTMENT,
    ]);
    const grouped = new Set(heatmap.groups.map((group) => group.department.id));
    for (const group of heatmap.groups) {
      const api = await getHeatmap(head, departmentUnit(group.department.id), 'month', heatmap.at!);
      expect(group.rows).toEqual(api.rows.filter((row) => row.kind === 'team' || !grouped.has(row.id)));
      expect(group.total).toEqual(api.references.find((row) => row.id === group.department.id));
      expect(group.total).toMatchObject({ kind: 'department', id: group.department.id, name: group.department.name });
      expect(group.total!.participation).toBeGreaterThan(0);
      expect(group.total!.comparison.organisation!.connection.difference).not.toBeNull();
    }
    expect(heatmap.organisation).toMatchObject({ kind: 'organisation', id: null });
    expect(heatmap.organisation!.connection.suppressed).toBe(false);
    expect(heatmap.groups[0]!.total!.cells.every((cell) => !cell.suppressed)).toBe(true);
  });

  it('shows a head each department’s own row once: the nested department opens its own group, not a row of its parent’s too', async () => {
    const head = await demo.viewer(DEMO_ACCOUNTS.head.email);
    for (const kind of PERIOD_KINDS) {
      const heatmap = await getScopeHeatmap(head, kind);
      const departmentRows = heatmap.groups.flatMap((group) => [
        ...(group.total ? [group.total.id] : []),
        ...group.rows.filter((row) => row.kind === 'department').map((row) => row.id),
      ]);
      expect(departmentRows.sort(), kind).toEqual(
        [demo.department(DEMO_HEAD_DEPARTMENT), demo.department(DEMO_NESTED_DEPARTMENT)].sort(),
      );
    }
  });

  it('builds rows for any set of teams, leaving out unknown ones, with a small team suppressed throughout', async () => {
    const data = await loadReportData(database.db, { kinds: ['month'] });
    const month = createCellBook(data).periods('month').at(-2)!;
    const groups = buildTeamSetHeatmap(
      data,
      [demo.team(DEMO_SMALL_TEAM), demo.team(DEMO_TEAM_B), 999_999],
      'month',
      month,
    );
    expect(groups.map((group) => group.rows.map((row) => row.name))).toEqual([[DEMO_SMALL_TEAM], [DEMO_TEAM_B]]);
    const small = groups[0]!.rows[0]!;
    expect(small.cells.every((cell) => cell.suppressed && cell.score === null && cell.n === null)).toBe(true);
    expect(small.participation).toBeNull();
  });

  it('keeps the heatmap API’s weekly cells equal to the team trends, their changes weighed over the heatmap', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const full = createCellBook(await loadReportData(database.db, { kinds: ['week'] }));
    const departments = (await getHeatmap(hr, 'org', 'week')).rows.map((row) => row.id);
    for (const period of full.periods('week')) {
      for (const department of departments) {
        const { rows } = await getHeatmap(hr, departmentUnit(department), 'week', period);
        const unitOf = (row: (typeof rows)[number]) =>
          row.kind === 'team' ? teamUnit(row.id) : departmentUnit(row.id);
        // One view: the organisation's and the department's own rows and every row's connection score are weighed with the lines.
        const units = [ORG_UNIT, departmentUnit(department), ...rows.map(unitOf)];
        const expected = rows.map((row) =>
          CONNECTION_LINES.map((line) => ({ line, ...withoutPeriod(full.cell(unitOf(row), 'week', period, line)) })),
        );
        const family = units.flatMap((unit) => [
          ...(unit === ORG_UNIT || unit === departmentUnit(department)
            ? CONNECTION_LINES.map((line) => full.cell(unit, 'week', period, line))
            : expected[units.indexOf(unit) - 2]!),
          full.cell(unit, 'week', period, 'connection'),
        ]);
        flagChanges(
          family,
          units.flatMap((unit) => [
            ...CONNECTION_LINES.map((line) => full.changeP(unit, 'week', period, line)),
            full.connectionChangeP(unit, 'week', period),
          ]),
        );
        expect(
          rows.map((row) => row.cells),
          `${period} ${department}`,
        ).toEqual(expected);
      }
    }
  });

  it('is for leaders only', async () => {
    expect(await outcome(getScopeHeatmap(await demo.viewer(DEMO_ACCOUNTS.employee.email), 'month'))).toBe('forbidden');
    expect(await outcome(getScopeHeatmap(await demo.viewer(DEMO_ACCOUNTS.hr.email), 'month'))).toBe('forbidden');
  });
});
