import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comments, pulses, responses, settings } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_IMPROVING_TEAMS,
  DEMO_SMALL_TEAM,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase } from '@/testing/database/test-database';
import type { TestDatabase } from '@/testing/database/test-database';
import { ANONYMITY_SETTINGS_KEY } from '@/lib/queries/settings/load-thresholds';
import { DEFAULT_THRESHOLDS } from '@/lib/domain/anonymity/thresholds';
import { getTeamTrends } from '@/lib/server/reports/reports';
import { getTeamComments } from './team-comments';
import { type DemoLookup, demoLookup, seededDemo, outcome } from '@/testing/demo-lookup';
import { installAppDatabase } from '@/testing/database/app-database';

let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
});
afterAll(() => database.destroy());

/** The comments of a team's responses in a month, oldest submission first, read straight from the tables. */
async function submittedComments(teamId: number, month: string): Promise<string[]> {
  const rows = await database.db
    .select({ body: comments.body })
    .from(comments)
    .innerJoin(responses, eq(responses.id, comments.responseId))
    .innerJoin(pulses, eq(pulses.id, responses.pulseId))
    .where(and(eq(responses.teamId, teamId), eq(pulses.monthLabel, month)))
    .orderBy(asc(responses.submittedAt));
  return rows.map((row) => row.body);
}

async function shownMonths(teamId: number) {
  const trends = await getTeamTrends(await demo.viewer(DEMO_ACCOUNTS.hr.email), teamId, 'month');
  return trends.lines[0]!.points;
}

describe('team comments', () => {
  it('shows a published month’s comments when at least 10 answered: the text only, all of them, not in submission order', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const servicedesk = demo.team(DEMO_TEAM_B);
    const months = (await shownMonths(servicedesk)).filter((point) => !point.suppressed && point.n! >= 10);
    expect(months.length).toBeGreaterThan(2);
    let reordered = 0;
    for (const { period } of months) {
      const result = await getTeamComments(leader, servicedesk, 'month', period);
      const submitted = await submittedComments(servicedesk, period);
      expect(result).toMatchObject({ period, state: 'shown', threshold: 10 });
      expect(Object.keys(result).sort()).toEqual(['comments', 'period', 'state', 'threshold']);
      const bodies = result.comments.map((comment) => comment.body);
      expect([...bodies].sort()).toEqual([...submitted].sort());
      for (const comment of result.comments) {
        expect(Object.keys(comment).sort()).toEqual(['body', 'id', 'line', 'replies']);
        expect(comment.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
      if (submitted.length > 2 && bodies.join('\n') !== submitted.join('\n')) reordered++;
      expect(await getTeamComments(leader, servicedesk, 'month', period)).toEqual(result);
    }
    expect(reordered).toBeGreaterThan(0);
  });

  it('filters by the line authors tagged their comments with, in the same order, and keeps untagged ones out of a filter', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const servicedesk = demo.team(DEMO_TEAM_B);
    const month = (await shownMonths(servicedesk)).filter((point) => !point.suppressed && point.n! >= 10).at(-1)!;
    const all = await getTeamComments(leader, servicedesk, 'month', month.period);
    expect(all.comments.some((comment) => comment.line === null)).toBe(true);
    let tagged = 0;
    for (const line of [1, 2, 3, 4] as const) {
      const filtered = await getTeamComments(leader, servicedesk, 'month', month.period, line);
      expect(filtered.comments).toEqual(all.comments.filter((comment) => comment.line === line));
      tagged += filtered.comments.length;
    }
    expect(tagged).toBeGreaterThan(0);
    expect(tagged).toBe(all.comments.filter((comment) => comment.line !== null).length);
  });

  it('shows nothing for a hidden month or one with fewer answers than the comment threshold, and no comments by week', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const small = demo.team(DEMO_SMALL_TEAM);
    const hidden = (await shownMonths(small)).find((point) => point.suppressed)!;
    expect(await getTeamComments(hr, small, 'month', hidden.period)).toEqual({
      period: hidden.period,
      state: 'suppressed',
      threshold: 10,
      comments: [],
    });

    const fewer = await Promise.all(
      DEMO_IMPROVING_TEAMS.map(async (team) => ({
        team,
        months: (await shownMonths(demo.team(team))).filter((point) => !point.suppressed && point.n! < 10),
      })),
    );
    const { team, months } = fewer.find((entry) => entry.months.length > 0)!;
    expect(await getTeamComments(hr, demo.team(team), 'month', months[0]!.period)).toMatchObject({
      state: 'too-few',
      comments: [],
    });

    const weeks = (await getTeamTrends(hr, demo.team(DEMO_TEAM_B), 'week')).lines[0]!.points;
    const week = weeks.find((point) => !point.suppressed && point.n! >= 10)!;
    expect(await getTeamComments(hr, demo.team(DEMO_TEAM_B), 'week', week.period)).toMatchObject({
      state: 'by-month',
      comments: [],
    });
  });

  it('follows the comment threshold a month was published with, not a later one', async () => {
    const other = await createTestDatabase();
    installAppDatabase(other);
    try {
      await other.db
        .insert(settings)
        .values({ key: ANONYMITY_SETTINGS_KEY, value: { minGroupSize: 5, commentMinGroupSize: 50 } });
      await seedDemo(other.db);
      const lookup = await demoLookup(other.db);
      const hr = await lookup.viewer(DEMO_ACCOUNTS.hr.email);
      const servicedesk = lookup.team(DEMO_TEAM_B);
      await other.db
        .update(settings)
        .set({ value: DEFAULT_THRESHOLDS })
        .where(eq(settings.key, ANONYMITY_SETTINGS_KEY));
      const month = (await getTeamTrends(hr, servicedesk, 'month')).lines[0]!.points.find(
        (point) => !point.suppressed && point.n! >= 10,
      )!;
      expect(await getTeamComments(hr, servicedesk, 'month', month.period)).toMatchObject({
        state: 'too-few',
        threshold: 50,
        comments: [],
      });
    } finally {
      installAppDatabase(database);
      await other.destroy();
    }
  });

  it('refuses everyone but HR and the leaders whose scope holds the team', async () => {
    const month = (await shownMonths(demo.team(DEMO_TEAM_B))).at(-1)!.period;
    const read = async (email: string, team: string) =>
      outcome(getTeamComments(await demo.viewer(email), demo.team(team), 'month', month));
    expect(await read(DEMO_ACCOUNTS.leader.email, DEMO_TEAM_B)).toBe('allowed');
    expect(await read(DEMO_ACCOUNTS.hr.email, DEMO_TEAM_B)).toBe('allowed');
    expect(await read(DEMO_ACCOUNTS.leader.email, DEMO_SMALL_TEAM)).toBe('forbidden');
    expect(await read(DEMO_ACCOUNTS.head.email, DEMO_TEAM_B)).toBe('forbidden');
    expect(await read(DEMO_ACCOUNTS.employee.email, DEMO_TEAM_A)).toBe('forbidden');
  });
});
