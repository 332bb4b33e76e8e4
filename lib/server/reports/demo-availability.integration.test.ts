import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_DECLINING_DEPARTMENT,
  DEMO_IMPROVING_TEAMS,
  DEMO_ROLE_DECLINE_LAST_STABLE_INDEX,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { ROLE_DECLINE_WEEKS } from '@/seed/demo/demo-team-lines';
import { publicationTime } from '@/lib/domain/anonymity/periods-due';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { getTeamTrends } from '@/lib/server/reports/reports';
import { type DemoLookup, demoLookup } from '@/testing/demo-lookup';
import { installAppDatabase } from '@/testing/database/app-database';
import { getUnitTrends } from '@/lib/server/reports/unit-trends';
import { departmentUnit } from '@/lib/domain/rollups/units';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { measureAvailability } from '@/lib/queries/publication/measure-availability';

/** The demo as it stands on the first days of December: seeded, and published, on 3 December 2026. */
let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db, { today: new Date('2026-12-03T09:00:00Z') });
  demo = await demoLookup(database.db);
});
afterAll(() => database.destroy());

const mean = (cells: ReportCell[]) => cells.reduce((sum, cell) => sum + cell.score!, 0) / cells.length;

describe('what the publication shows of the demo', () => {
  it('shows at least 95% of the team months and quarters that have k respondents, and coarser grains at least as often', async () => {
    const [week, month, quarter] = await measureAvailability(database.db);
    expect(month!.eligible).toBeGreaterThan(100);
    expect(month!.share).toBeGreaterThanOrEqual(0.95);
    expect(quarter!.share).toBeGreaterThanOrEqual(0.95);
    expect(quarter!.share).toBeGreaterThanOrEqual(month!.share);
    expect(month!.share).toBeGreaterThanOrEqual(week!.share);
  });

  it('shows Applicatiebeheer’s leader November 2026, and every month before it', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const trends = await getTeamTrends(leader, demo.team(DEMO_TEAM_A), 'month');
    const points = trends.lines[0]!.points;
    expect(points.at(-1)!.period).toBe('2026-11');
    expect(points.filter((point) => point.suppressed)).toEqual([]);
    expect(trends.pending).toMatchObject({ period: '2026-12' });
  });

  it('tells the demo’s stories month by month to the leaders of the teams they are about', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    for (const team of [...DEMO_IMPROVING_TEAMS, DEMO_TEAM_B]) {
      const trends = await getTeamTrends(hr, demo.team(team), 'month');
      for (const { line, points } of trends.lines)
        expect(points.filter((point) => point.suppressed).map((point) => `${team} ${line} ${point.period}`)).toEqual(
          [],
        );
    }
    for (const team of DEMO_IMPROVING_TEAMS) {
      const all = (await getTeamTrends(hr, demo.team(team), 'month')).lines.flatMap((line) => line.points);
      const byMonth = (month: string) => all.filter((point) => point.period === month);
      expect(mean(byMonth('2026-11')), team).toBeGreaterThan(mean(byMonth('2026-06')) + 5);
    }
    const role = (await getTeamTrends(hr, demo.team(DEMO_TEAM_B), 'month')).lines.find(
      (line) => line.line === 2,
    )!.points;
    expect(role.at(-1)!.score!).toBeLessThan(Math.max(...role.slice(0, 3).map((point) => point.score!)) - 10);
    const integrity = (
      await getUnitTrends(hr, departmentUnit(demo.department(DEMO_DECLINING_DEPARTMENT)), 'month')
    ).lines.find((line) => line.line === 4)!.points;
    expect(integrity.every((point) => !point.suppressed)).toBe(true);
    expect(integrity.at(-1)!.score!).toBeLessThan(integrity[0]!.score! - 5);
  });

  it('marks Servicedesk’s falling role line for its leader in a month published before the twelfth week of the decline', async () => {
    expect(await firstRoleDeclineMark(database.db)).toBeLessThan(0);
  });
});

describe.each(['2026-09-16T09:00:00Z', '2027-03-01T09:00:00Z'])('the demo seeded on %s', (today) => {
  it('marks Servicedesk’s falling role line before the twelfth week of the decline there too', async () => {
    const other = await createTestDatabase();
    installAppDatabase(other);
    try {
      await seedDemo(other.db, { today: new Date(today) });
      expect(await firstRoleDeclineMark(other.db)).toBeLessThan(0);
    } finally {
      installAppDatabase(database);
      await other.destroy();
    }
  });
});

/**
 * How long before the twelfth week of Servicedesk's role decline (negative, in days) the first month
 * that marks the line as falling, clearly or likely, is published, as its leader's trend shows it.
 */
async function firstRoleDeclineMark(db: Database): Promise<number> {
  const lookup = await demoLookup(db);
  const leader = await lookup.viewer(DEMO_ACCOUNTS.leader.email);
  const role = (await getTeamTrends(leader, lookup.team(DEMO_TEAM_B), 'month')).lines.find(
    (line) => line.line === 2,
  )!.points;
  const marked = role.find((point) => point.evidence !== null && point.change! < 0);
  if (!marked) throw new Error(`no month marks the role line as falling: ${JSON.stringify(role)}`);
  const demoPulses = await db
    .select({ opensAt: pulses.opensAt, closesAt: pulses.closesAt, month: pulses.monthLabel })
    .from(pulses)
    .orderBy(asc(pulses.opensAt));
  const twelfthWeek = demoPulses[DEMO_ROLE_DECLINE_LAST_STABLE_INDEX + ROLE_DECLINE_WEEKS]!.opensAt;
  const lastClose = new Date(
    Math.max(...demoPulses.filter((pulse) => pulse.month === marked.period).map((pulse) => pulse.closesAt.getTime())),
  );
  return (publicationTime('month', marked.period, lastClose).getTime() - twelfthWeek.getTime()) / 86_400_000;
}
