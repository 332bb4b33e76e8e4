import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, teamMemberships } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { ChangeRefused } from '@/lib/change-refused';
import { AppError } from '@/lib/errors';
import { organisationDay } from '@/lib/periods/organisation-day';
import { assertNotLastAdmin } from '@/lib/people/assert-not-last-admin';
import { type Viewer, assertPermission } from './viewer';

/**
 * Deactivates a leaver: their sign-in stops at once (the data layer ignores inactive people), their
 * current stay in a team ends today so later pulses no longer count them as invited, and their
 * earlier answers stay in every aggregate.
 */
export async function deactivatePerson(db: Database, viewer: Viewer, personId: number, now = new Date()): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await db.transaction(async (tx) => {
    const [person] = await tx.select({ active: people.active }).from(people).where(eq(people.id, personId)).for('update');
    if (!person) throw new AppError('not_found', 'There is no person with this id.');
    if (!person.active) throw new ChangeRefused('inactivePerson', 'This person has been deactivated already.');
    await assertNotLastAdmin(tx, personId);
    const today = organisationDay(now);
    const [stay] = await tx.select().from(teamMemberships).where(and(eq(teamMemberships.personId, personId), isNull(teamMemberships.validTo)));
    if (stay && stay.validFrom < today) await tx.update(teamMemberships).set({ validTo: today }).where(eq(teamMemberships.id, stay.id));
    // A stay that began today covered no earlier day; a stay cannot end on the day it starts.
    if (stay && stay.validFrom >= today) await tx.delete(teamMemberships).where(eq(teamMemberships.id, stay.id));
    await tx.update(people).set({ active: false, deactivatedAt: now }).where(eq(people.id, personId));
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'person.deactivate',
      entity: 'person',
      entityId: personId,
      before: { active: true, stay: stay ? { teamId: stay.teamId, validFrom: stay.validFrom } : null },
      after: { active: false, stayEnded: stay ? today : null },
    });
  });
}

/** Lets a returning person sign in again; they rejoin a team through a move. */
export async function reactivatePerson(db: Database, viewer: Viewer, personId: number): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await db.transaction(async (tx) => {
    const [person] = await tx.select({ active: people.active, deactivatedAt: people.deactivatedAt }).from(people).where(eq(people.id, personId)).for('update');
    if (!person) throw new AppError('not_found', 'There is no person with this id.');
    if (person.active) return;
    await tx.update(people).set({ active: true, deactivatedAt: null }).where(eq(people.id, personId));
    await recordAudit(tx, { actorId: viewer.personId, action: 'person.reactivate', entity: 'person', entityId: personId, before: { active: false, deactivatedAt: person.deactivatedAt }, after: { active: true } });
  });
}
