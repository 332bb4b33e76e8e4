import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { teamMemberships } from '@/db/schema';

export interface OpenStay {
  id: number;
  teamId: number;
  validFrom: string;
}

/** The person's current stay in a team, which has no end yet; null when they are in none. */
export async function findOpenStay(db: Database, personId: number): Promise<OpenStay | null> {
  const [stay] = await db
    .select({ id: teamMemberships.id, teamId: teamMemberships.teamId, validFrom: teamMemberships.validFrom })
    .from(teamMemberships)
    .where(and(eq(teamMemberships.personId, personId), isNull(teamMemberships.validTo)));
  return stay ?? null;
}

export async function openStay(
  db: Database,
  stay: { personId: number; teamId: number; validFrom: string },
): Promise<void> {
  await db.insert(teamMemberships).values(stay);
}

/** Ends the stay on `validTo`: the person was in the team until the day before. */
export async function closeStay(db: Database, stayId: number, validTo: string): Promise<void> {
  await db.update(teamMemberships).set({ validTo }).where(eq(teamMemberships.id, stayId));
}

/**
 * Ends the stay today: it closes, or, when it began today, it is removed, as it covered no day
 * before and a stay cannot end on the day it starts.
 */
export async function endStay(db: Database, stay: OpenStay, today: string): Promise<void> {
  if (stay.validFrom < today) await closeStay(db, stay.id, today);
  else await db.delete(teamMemberships).where(eq(teamMemberships.id, stay.id));
}

/** Puts the stay in another team from its start: a correction, not a move. */
export async function changeStayTeam(db: Database, stayId: number, teamId: number): Promise<void> {
  await db.update(teamMemberships).set({ teamId }).where(eq(teamMemberships.id, stayId));
}
