import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { inChunks } from '@/db/in-chunks';
import { people, teamMemberships } from '@/db/schema';
import { addLead } from '@/lib/queries/organisation/add-lead';

const manager = alias(people, 'manager');

/**
 * Makes each person's manager (SCIM's enterprise `manager`) a leader of the team the person is in
 * now, through the SCIM token that provisioned them: call it after a user's manager is set and
 * after a group membership moves someone into a team, since groups often arrive after users.
 * Leaders are only added, never removed (one HR made stays); an inactive person or manager, or a
 * person in no team, changes nothing. Each leader added is audited as `team.leader.add`.
 */
export async function leadByManager(tx: Database, personIds: readonly number[], scimTokenId: number): Promise<void> {
  await inChunks(personIds, async (chunk) => {
    for (const pair of await managersOf(tx, chunk))
      await addLead(tx, 'team', pair.teamId, { id: pair.managerId, email: pair.managerEmail }, { scimTokenId });
  });
}

/** The distinct (team, active manager) pairs of these active people's current stays. */
function managersOf(tx: Database, personIds: number[]) {
  return tx
    .selectDistinct({ teamId: teamMemberships.teamId, managerId: manager.id, managerEmail: manager.email })
    .from(people)
    .innerJoin(manager, and(eq(manager.id, people.managerId), eq(manager.active, true)))
    .innerJoin(teamMemberships, and(eq(teamMemberships.personId, people.id), isNull(teamMemberships.validTo)))
    .where(and(inArray(people.id, personIds), eq(people.active, true), isNotNull(people.managerId)))
    .orderBy(teamMemberships.teamId, manager.id);
}
