import { and, eq, isNull, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pulseItems, responses, rollupTeamPulse, teamMemberships } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_SMALL_TEAM, DEMO_TEAM_A, DEMO_TEAM_B } from '@/db/seed/demo-structure';
import type { TestDatabase } from '@/db/testing/test-database';
import { storeResponse } from '@/lib/responses/store-response';
import { getTeamParticipation } from './team-participation';
import { type DemoLookup, seededDemo, outcome } from './testing/demo-lookup';

let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => ({ database, demo } = await seededDemo()));
afterAll(() => database.destroy());

const rollupOf = async (teamId: number, pulseId: number) =>
  (await database.db.select().from(rollupTeamPulse).where(and(eq(rollupTeamPulse.teamId, teamId), eq(rollupTeamPulse.pulseId, pulseId))))[0];
const respondentsOf = async (teamId: number, pulseId: number) => (await rollupOf(teamId, pulseId))?.respondents ?? 0;

describe('team participation', () => {
  it('counts who answered the open and the last closed pulse against the members on the day it opened, from the rollups', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const servicedesk = demo.team(DEMO_TEAM_B);
    const now = new Date();
    const participation = await getTeamParticipation(database.db, leader, servicedesk, now);
    const { open, latestClosed } = participation;
    expect(participation.minGroupSize).toBe(5);
    expect(new Date(open!.opensAt) <= now && now < new Date(open!.closesAt)).toBe(true);
    expect(new Date(latestClosed!.closesAt) <= now).toBe(true);
    for (const pulse of [open!, latestClosed!]) {
      const count = await respondentsOf(servicedesk, pulse.pulseId);
      expect(pulse.invited).toBeGreaterThanOrEqual(11);
      expect(pulse.invited).toBe((await rollupOf(servicedesk, pulse.pulseId))!.invited);
      expect(pulse.respondents).toBe(count >= 5 ? count : null);
      if (pulse.respondents !== null) expect(pulse.rate).toBeCloseTo((100 * count) / pulse.invited, 1);
    }
    expect(Object.keys(open!).sort()).toEqual(['closesAt', 'invited', 'opensAt', 'pulseId', 'rate', 'respondents']);
  });

  it('rises as soon as another member answers the open pulse', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const servicedesk = demo.team(DEMO_TEAM_B);
    const before = (await getTeamParticipation(database.db, leader, servicedesk)).open!;
    const answered = database.db.select({ personId: responses.personId }).from(responses).where(eq(responses.pulseId, before.pulseId));
    const [member] = await database.db
      .select({ personId: teamMemberships.personId })
      .from(teamMemberships)
      .where(and(eq(teamMemberships.teamId, servicedesk), isNull(teamMemberships.validTo), notInArray(teamMemberships.personId, answered)));
    const items = await database.db.select({ itemId: pulseItems.itemId }).from(pulseItems).where(eq(pulseItems.pulseId, before.pulseId));
    const count = await respondentsOf(servicedesk, before.pulseId);
    await storeResponse(database.db, { pulseId: before.pulseId, personId: member!.personId, answers: items.map(({ itemId }) => ({ itemId, score: 4 })) });
    const after = (await getTeamParticipation(database.db, leader, servicedesk)).open!;
    expect(after.respondents).toBe(count + 1 >= 5 ? count + 1 : null);
  });

  it('never gives a count below k: the small team’s pulses read as fewer than k', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const small = await getTeamParticipation(database.db, hr, demo.team(DEMO_SMALL_TEAM));
    expect(small.latestClosed).toMatchObject({ invited: 3, respondents: null, rate: null });
    expect(small.open).toMatchObject({ respondents: null, rate: null });
  });

  it('is for HR and the leaders whose scope holds the team', async () => {
    const read = async (email: string, team: string) => outcome(getTeamParticipation(database.db, await demo.viewer(email), demo.team(team)));
    expect(await read(DEMO_ACCOUNTS.leader.email, DEMO_TEAM_A)).toBe('allowed');
    expect(await read(DEMO_ACCOUNTS.leader.email, DEMO_SMALL_TEAM)).toBe('forbidden');
    expect(await read(DEMO_ACCOUNTS.head.email, DEMO_TEAM_B)).toBe('forbidden');
    expect(await read(DEMO_ACCOUNTS.employee.email, DEMO_TEAM_A)).toBe('forbidden');
  });
});
