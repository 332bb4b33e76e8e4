import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { publishedCells, pulseItems, pulses, responses, rollupTeamPulse, teamMemberships } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_SMALL_TEAM, DEMO_TEAM_A, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import type { TestDatabase } from '@/testing/database/test-database';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { getTeamParticipation } from './team-participation';
import { type DemoLookup, seededDemo, outcome } from '@/testing/demo-lookup';

let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
});
afterAll(() => database.destroy());

const invitedTo = async (teamId: number, pulseId: number) =>
  (
    await database.db
      .select()
      .from(rollupTeamPulse)
      .where(and(eq(rollupTeamPulse.teamId, teamId), eq(rollupTeamPulse.pulseId, pulseId)))
  )[0]?.invited ?? 0;
const answeredBefore = async (teamId: number, pulseId: number, moment: string) =>
  rowsOf<{ n: number }>(
    await database.db.execute(
      sql`select count(*)::int as n from ${responses} where team_id = ${teamId} and pulse_id = ${pulseId} and submitted_at < ${moment}::timestamptz`,
    ),
  )[0]!.n;

describe('team participation', () => {
  it('counts the open pulse at the last whole hour, in steps of k, and the last closed pulse as its week was published', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const servicedesk = demo.team(DEMO_TEAM_B);
    const participation = await getTeamParticipation(leader, servicedesk);
    const { open, latestClosed } = participation;
    expect(participation.minGroupSize).toBe(5);
    expect(new Date(open!.asOf!).getUTCMinutes()).toBe(0);
    const count = await answeredBefore(servicedesk, open!.pulseId, open!.asOf!);
    expect(open!.respondents).toBe(count >= 5 ? Math.floor(count / 5) * 5 : null);
    expect(open!.invited).toBe(await invitedTo(servicedesk, open!.pulseId));

    const [pulse] = await database.db.select().from(pulses).where(eq(pulses.id, latestClosed!.pulseId));
    const [week] = await database.db
      .select()
      .from(publishedCells)
      .where(
        and(
          eq(publishedCells.unit, `team:${servicedesk}`),
          eq(publishedCells.periodKind, 'week'),
          eq(publishedCells.periodLabel, pulse!.weekLabel),
        ),
      );
    if (week?.status === 'shown')
      expect(latestClosed).toMatchObject({ respondents: week.responses, invited: week.invited, hidden: null });
    else expect(latestClosed).toMatchObject({ respondents: null, rate: null });
  });

  it('does not move when another member answers, until the next whole hour', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const servicedesk = demo.team(DEMO_TEAM_B);
    const before = (await getTeamParticipation(leader, servicedesk)).open!;
    const answered = database.db
      .select({ personId: responses.personId })
      .from(responses)
      .where(eq(responses.pulseId, before.pulseId));
    const members = await database.db
      .select({ personId: teamMemberships.personId })
      .from(teamMemberships)
      .where(
        and(
          eq(teamMemberships.teamId, servicedesk),
          isNull(teamMemberships.validTo),
          notInArray(teamMemberships.personId, answered),
        ),
      );
    const items = await database.db
      .select({ itemId: pulseItems.itemId })
      .from(pulseItems)
      .where(eq(pulseItems.pulseId, before.pulseId));
    for (const { personId } of members) {
      await storeResponse(database.db, {
        pulseId: before.pulseId,
        personId,
        answers: items.map(({ itemId }) => ({ itemId, score: 4 })),
      });
    }
    expect(members.length).toBeGreaterThan(0);
    expect((await getTeamParticipation(leader, servicedesk)).open).toEqual(before);
  });

  it('never gives a count below k: the small team’s pulses read as fewer than k', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const small = await getTeamParticipation(hr, demo.team(DEMO_SMALL_TEAM));
    expect(small.latestClosed).toMatchObject({ respondents: null, rate: null, hidden: 'too-few' });
    expect(small.open).toMatchObject({ respondents: null, rate: null, hidden: 'too-few' });
  });

  it('is for HR and the leaders whose scope holds the team', async () => {
    const read = async (email: string, team: string) =>
      outcome(getTeamParticipation(await demo.viewer(email), demo.team(team)));
    expect(await read(DEMO_ACCOUNTS.leader.email, DEMO_TEAM_A)).toBe('allowed');
    expect(await read(DEMO_ACCOUNTS.leader.email, DEMO_SMALL_TEAM)).toBe('forbidden');
    expect(await read(DEMO_ACCOUNTS.head.email, DEMO_TEAM_B)).toBe('forbidden');
    expect(await read(DEMO_ACCOUNTS.employee.email, DEMO_TEAM_A)).toBe('forbidden');
  });
});
