import { and, asc, eq, gt, isNull, lte, notInArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses, responses, rollupTeamPulse, teamMemberships } from '@/db/schema';

/** The pulse open now in a seeded database, with the day it opened and its questions in order. */
export interface OpenPulse {
  id: number;
  openingDay: string;
  itemIds: number[];
}

export async function loadOpenPulse(db: Database, now = new Date()): Promise<OpenPulse> {
  const [pulse] = await db
    .select({ id: pulses.id, openingDay: sql<string>`(${pulses.opensAt} at time zone 'UTC')::date::text` })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  if (!pulse) throw new Error('no pulse is open: is the database seeded?');
  const items = await db
    .select({ itemId: pulseItems.itemId })
    .from(pulseItems)
    .where(eq(pulseItems.pulseId, pulse.id))
    .orderBy(asc(pulseItems.position));
  return { ...pulse, itemIds: items.map((item) => item.itemId) };
}

/** People in the same team now as on the day the pulse opened, who have not answered it yet. */
export function peopleYetToAnswer(db: Database, pulse: OpenPulse, limit: number) {
  const answered = db.select({ personId: responses.personId }).from(responses).where(eq(responses.pulseId, pulse.id));
  return db
    .select({ personId: teamMemberships.personId, teamId: teamMemberships.teamId, stayId: teamMemberships.id })
    .from(teamMemberships)
    .where(
      and(
        isNull(teamMemberships.validTo),
        lte(teamMemberships.validFrom, pulse.openingDay),
        notInArray(teamMemberships.personId, answered),
      ),
    )
    .orderBy(asc(teamMemberships.personId))
    .limit(limit);
}

/** The team's respondents to the pulse as the rollup holds them. */
export async function teamRespondents(db: Database, pulse: OpenPulse, teamId: number): Promise<number> {
  const [row] = await db
    .select({ respondents: rollupTeamPulse.respondents })
    .from(rollupTeamPulse)
    .where(and(eq(rollupTeamPulse.teamId, teamId), eq(rollupTeamPulse.pulseId, pulse.id)));
  return row?.respondents ?? 0;
}
