import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, personRoles, teamLeaders, teamMemberships, teams } from '@/db/schema';
import { inChunks } from '@/db/in-chunks';
import {
  type ImportPlan,
  type ImportSnapshot,
  type TeamRef,
  nameKey,
} from '@/lib/domain/people-import/plan-people-import';

/**
 * Writes a plan without errors, inside the caller's transaction: departments and teams first,
 * then people, their stays in teams, roles and leaders. New ids are matched back on names and
 * emails, never on the order of rows.
 */
export async function applyImportPlan(
  tx: Database,
  plan: ImportPlan,
  snapshot: ImportSnapshot,
  today: string,
): Promise<void> {
  const departmentIds = new Map<string, number>();
  if (plan.newDepartments.length > 0) {
    const created = await tx
      .insert(departments)
      .values(plan.newDepartments.map((name) => ({ name })))
      .returning({ id: departments.id, name: departments.name });
    for (const row of created) departmentIds.set(nameKey(row.name), row.id);
  }
  const departmentOf = (ref: TeamRef) => ref.departmentId ?? found(departmentIds, nameKey(ref.department));

  const teamIds = new Map<string, number>();
  if (plan.newTeams.length > 0) {
    const values = plan.newTeams.map((ref) => ({ name: ref.team, departmentId: departmentOf(ref) }));
    const created = await tx
      .insert(teams)
      .values(values)
      .returning({ id: teams.id, name: teams.name, departmentId: teams.departmentId });
    for (const row of created) teamIds.set(`${row.departmentId}/${nameKey(row.name)}`, row.id);
  }
  const teamOf = (ref: TeamRef) => ref.teamId ?? found(teamIds, `${departmentOf(ref)}/${nameKey(ref.team)}`);

  const personIds = new Map(snapshot.people.map((person) => [person.email.toLowerCase(), person.id]));
  await inChunks(plan.newPeople, async (chunk) => {
    const created = await tx
      .insert(people)
      .values(chunk.map(({ email, name }) => ({ email, name })))
      .returning({ id: people.id, email: people.email });
    for (const row of created) personIds.set(row.email.toLowerCase(), row.id);
  });
  for (const rename of plan.renamed)
    await tx.update(people).set({ name: rename.to }).where(eq(people.id, rename.personId));
  const returning = plan.reactivated.map((person) => person.personId);
  if (returning.length > 0)
    await tx
      .update(people)
      .set({ active: true, deactivatedAt: null, scimDeletedAt: null })
      .where(inArray(people.id, returning));

  const closing = plan.moved.flatMap((move) => (move.stayId !== null && !move.correct ? [move.stayId] : []));
  if (closing.length > 0)
    await tx.update(teamMemberships).set({ validTo: today }).where(inArray(teamMemberships.id, closing));
  for (const move of plan.moved.filter((m) => m.correct && m.stayId !== null)) {
    await tx
      .update(teamMemberships)
      .set({ teamId: teamOf(move.to) })
      .where(eq(teamMemberships.id, move.stayId!));
  }
  const stays = [
    ...plan.moved
      .filter((move) => !move.correct)
      .map((move) => ({ personId: move.personId, teamId: teamOf(move.to), validFrom: today })),
    ...plan.newPeople.map((person) => ({
      personId: found(personIds, person.email),
      teamId: teamOf(person.team),
      validFrom: today,
    })),
  ];
  await inChunks(stays, (chunk) => tx.insert(teamMemberships).values(chunk));

  const roles = [
    ...plan.newPeople.flatMap((person) =>
      person.roles.map((role) => ({ personId: found(personIds, person.email), role })),
    ),
    ...plan.roleGrants.map(({ personId, role }) => ({ personId, role })),
  ];
  await inChunks(roles, (chunk) => tx.insert(personRoles).values(chunk).onConflictDoNothing());
  const leaders = plan.newLeaders.map((leader) => ({
    teamId: teamOf(leader.team),
    personId: found(personIds, leader.email),
  }));
  await inChunks(leaders, (chunk) => tx.insert(teamLeaders).values(chunk).onConflictDoNothing());
}

function found<Key>(map: ReadonlyMap<Key, number>, key: Key): number {
  const value = map.get(key);
  if (value === undefined) throw new Error(`import: nothing was created for ${String(key)}`);
  return value;
}
