import ttest from '@stdlib/stats-ttest';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, people, publishedCellAtoms, responses, surveyItems, teamMemberships } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_HEAD_DEPARTMENT,
  DEMO_SMALL_TEAM,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import type { TestDatabase } from '@/testing/database/test-database';
import { type DemoLookup, seededDemo } from '@/testing/demo-lookup';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import type { Difference } from '@/lib/domain/reports/comparisons';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { getMyTeamScore } from '@/lib/server/me/my-team-score';
import { getHeatmap, getTeamTrends } from './reports';
import { getUnitTrends } from './unit-trends';

let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
});
afterAll(() => database.destroy());

const toScore = (mean: number) => ((mean - 1) / 4) * 100;
const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Each (person, team)'s composite mean (the mean of their line means) over a cell's atoms, from the raw answers. */
async function compositesOfCell(unit: string, label: string): Promise<number[]> {
  const atoms = await database.db
    .select({ pulseId: publishedCellAtoms.pulseId, teamId: publishedCellAtoms.teamId })
    .from(publishedCellAtoms)
    .where(
      and(
        eq(publishedCellAtoms.unit, unit),
        eq(publishedCellAtoms.periodKind, 'month'),
        eq(publishedCellAtoms.periodLabel, label),
      ),
    );
  const wanted = new Set(atoms.map((atom) => `${atom.pulseId} ${atom.teamId}`));
  const rows = await database.db
    .select({
      pulseId: responses.pulseId,
      teamId: responses.teamId,
      personId: responses.personId,
      line: surveyItems.line,
      score: answers.score,
    })
    .from(responses)
    .innerJoin(answers, eq(answers.responseId, responses.id))
    .innerJoin(surveyItems, eq(surveyItems.id, answers.itemId))
    .where(inArray(responses.pulseId, [...new Set(atoms.map((atom) => atom.pulseId))]));
  const byPerson = new Map<string, Map<number, number[]>>();
  for (const row of rows.filter((candidate) => wanted.has(`${candidate.pulseId} ${candidate.teamId}`))) {
    const lines = byPerson.get(`${row.personId} ${row.teamId}`) ?? new Map<number, number[]>();
    lines.set(row.line, [...(lines.get(row.line) ?? []), row.score]);
    byPerson.set(`${row.personId} ${row.teamId}`, lines);
  }
  return [...byPerson.values()].map((lines) => meanOf([...lines.values()].map(meanOf)));
}

const shownScore = (cell: Pick<ReportCell, 'score' | 'suppressed'>) => (cell.suppressed ? null : cell.score);

/** A difference as served: both shown, the rounded scores' difference within rounding; otherwise none at all. */
function expectDifference(difference: Difference, own: number | null, larger: number | null) {
  if (own === null || larger === null) {
    expect(difference).toEqual({ difference: null, evidence: null, significant: false });
    return;
  }
  expect(Math.abs(difference.difference! - (own - larger))).toBeLessThanOrEqual(0.11);
}

describe('the connection score in GET /api/v1/teams/{id}/trends', () => {
  it('is the mean of the four lines in every month, its interval the t interval of the raw composite person means (stdlib)', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const teamId = demo.team(DEMO_TEAM_A);
    const trends = await getTeamTrends(leader, teamId, 'month');
    expect(trends.connection.points.map((point) => point.period)).toEqual(
      trends.lines[0]!.points.map((point) => point.period),
    );
    let checked = 0;
    for (const [index, point] of trends.connection.points.entries()) {
      const lines = trends.lines.map(({ points }) => points[index]!);
      expect(point.suppressed).toBe(lines.some((line) => line.suppressed));
      if (point.suppressed) continue;
      expect(Math.abs(point.score! - meanOf(lines.map((line) => line.score!)))).toBeLessThanOrEqual(0.06);
      const composites = await compositesOfCell(teamUnit(teamId), point.period);
      const reference = ttest(composites, { alpha: 0.05 });
      expect(point.n).toBe(composites.length);
      expect(Math.abs(point.ciLow! - toScore(reference.ci[0]!))).toBeLessThanOrEqual(0.051);
      expect(Math.abs(point.ciHigh! - toScore(reference.ci[1]!))).toBeLessThanOrEqual(0.051);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('gives each month the team’s differences from its department and the organisation, from their shown cells only', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const teamId = demo.team(DEMO_TEAM_B);
    const [trends, organisation] = await Promise.all([
      getTeamTrends(hr, teamId, 'month'),
      getUnitTrends(hr, ORG_UNIT, 'month'),
    ]);
    const department = await getUnitTrends(hr, departmentUnit(demo.department('IT & Digitaal')), 'month');
    const scoreIn = (points: ReportCell[], period: string) =>
      shownScore(points.find((point) => point.period === period) ?? { score: null, suppressed: true });
    for (const [index, comparison] of trends.comparisons.entries()) {
      const period = comparison.period;
      expect(period).toBe(trends.connection.points[index]!.period);
      const own = shownScore(trends.connection.points[index]!);
      expectDifference(comparison.department!.connection, own, scoreIn(department.connection.points, period));
      expectDifference(comparison.organisation!.connection, own, scoreIn(organisation.connection.points, period));
      for (const line of [1, 2, 3, 4] as const) {
        expectDifference(
          comparison.organisation!.lines[line - 1]!,
          shownScore(trends.lines[line - 1]!.points[index]!),
          scoreIn(organisation.lines[line - 1]!.points, period),
        );
      }
    }
    expect(trends.comparisons.some((comparison) => comparison.organisation!.connection.difference !== null)).toBe(true);
  });

  it('gives a small team no score and no comparison in a month it is hidden', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const trends = await getTeamTrends(hr, demo.team(DEMO_SMALL_TEAM), 'month');
    const hidden = trends.connection.points.filter((point) => point.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const point of hidden) {
      expect(point).toMatchObject({ score: null, ciLow: null, ciHigh: null, n: null, change: null });
      const comparison = trends.comparisons.find((entry) => entry.period === point.period)!;
      for (const larger of [comparison.department!, comparison.organisation!])
        for (const difference of [larger.connection, ...larger.lines]) expect(difference.difference).toBeNull();
    }
  });
});

describe('the connection score in GET /api/v1/heatmap', () => {
  it('starts with the organisation (and the department), gives every row its score and its differences, marked only where tested', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const unit = departmentUnit(demo.department(DEMO_HEAD_DEPARTMENT));
    const heatmap = await getHeatmap(hr, unit, 'month');
    expect(heatmap.references.map((row) => [row.kind, row.id])).toEqual([
      ['organisation', null],
      ['department', demo.department(DEMO_HEAD_DEPARTMENT)],
    ]);
    const [organisation, department] = heatmap.references;
    expect(organisation!.comparison).toEqual({ department: null, organisation: null });
    expect(department!.comparison.department).toBeNull();
    expectDifference(
      department!.comparison.organisation!.connection,
      shownScore(department!.connection),
      shownScore(organisation!.connection),
    );
    const trends = await getUnitTrends(hr, ORG_UNIT, 'month');
    expect(organisation!.connection).toEqual({
      ...(({ period: _period, ...cell }) => cell)(trends.connection.points.find((p) => p.period === heatmap.at)!),
      evidence: organisation!.connection.evidence,
      significant: organisation!.connection.significant,
    });
    for (const row of heatmap.rows) {
      expect(row.connection.suppressed).toBe(row.cells.some((cell) => cell.suppressed));
      expectDifference(
        row.comparison.department!.connection,
        shownScore(row.connection),
        shownScore(department!.connection),
      );
      expectDifference(
        row.comparison.organisation!.connection,
        shownScore(row.connection),
        shownScore(organisation!.connection),
      );
      for (const difference of [row.comparison.organisation!.connection, row.comparison.department!.connection])
        if (difference.significant) expect(difference.evidence).toBe('clear');
    }
  });

  it('keeps the organisation’s own heatmap to one first row', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const heatmap = await getHeatmap(hr, ORG_UNIT, 'quarter');
    expect(heatmap.references.map((row) => row.kind)).toEqual(['organisation']);
    for (const row of heatmap.rows) expect(row.comparison.department).toBeNull();
  });
});

describe('your team’s score on /me (GET /api/v1/me/team-score)', () => {
  it('is the team’s published connection score of its latest month', async () => {
    const employee = await demo.viewer(DEMO_ACCOUNTS.employee.email);
    const score = await getMyTeamScore(employee);
    const trends = await getTeamTrends(employee, demo.team(DEMO_TEAM_A), 'month');
    expect(score).toEqual({
      status: 'shown',
      teamName: DEMO_TEAM_A,
      period: trends.connection.points.at(-1)!.period,
      cell: trends.connection.points.at(-1),
    });
  });

  it('says why, and shows nothing, where the team’s latest month is hidden', async () => {
    const [member] = await database.db
      .select({ email: people.email })
      .from(people)
      .innerJoin(teamMemberships, eq(teamMemberships.personId, people.id))
      .where(eq(teamMemberships.teamId, demo.team(DEMO_SMALL_TEAM)))
      .limit(1);
    const viewer = await demo.viewer(member!.email);
    const trends = await getTeamTrends(viewer, demo.team(DEMO_SMALL_TEAM), 'month');
    const latest = trends.connection.points.at(-1)!;
    const score = await getMyTeamScore(viewer);
    if (latest.suppressed) {
      expect(score).toEqual({
        status: 'hidden',
        teamName: DEMO_SMALL_TEAM,
        period: latest.period,
        reason: latest.hidden,
      });
      expect(JSON.stringify(score)).not.toMatch(/score"|ciLow|"n"/);
    } else {
      expect(score).toMatchObject({ status: 'shown', cell: latest });
    }
  });
});
