import type { Database } from '@/db/client';
import { departmentHeads, departments, people, personRoles, teamLeaders, teamMemberships, teams } from '@/db/schema';
import type { Role } from '@/db/schema';

export interface FixtureOrganisation {
  departments: { parent: number; child: number; other: number };
  teams: { childTeam: number; parentTeam: number; otherTeam: number };
  people: Record<'employee' | 'leader' | 'head' | 'hr' | 'admin' | 'outsider' | 'leaver', number>;
}

/**
 * A small organisation for tests: a parent department with a nested child department, and a
 * separate one. The leader leads only the child team; the head heads the parent department.
 */
export async function createFixtureOrganisation(db: Database): Promise<FixtureOrganisation> {
  const [parent, other] = await db
    .insert(departments)
    .values([{ name: 'Operations' }, { name: 'Sales' }])
    .returning({ id: departments.id });
  const [child] = await db
    .insert(departments)
    .values({ name: 'Operations North', parentId: parent!.id })
    .returning({ id: departments.id });
  const [childTeam, parentTeam, otherTeam] = await db
    .insert(teams)
    .values([
      { name: 'North Crew', departmentId: child!.id },
      { name: 'Operations Staff', departmentId: parent!.id },
      { name: 'Sales Desk', departmentId: other!.id },
    ])
    .returning({ id: teams.id });

  const roster: { key: keyof FixtureOrganisation['people']; roles: Role[]; teamId?: number; active?: boolean }[] = [
    { key: 'employee', roles: ['employee'], teamId: childTeam!.id },
    { key: 'leader', roles: ['employee', 'leader'], teamId: childTeam!.id },
    { key: 'head', roles: ['employee', 'leader'], teamId: parentTeam!.id },
    { key: 'hr', roles: ['employee', 'hr'], teamId: otherTeam!.id },
    { key: 'admin', roles: ['admin'] },
    { key: 'outsider', roles: ['employee', 'leader'], teamId: otherTeam!.id },
    { key: 'leaver', roles: ['employee'], teamId: otherTeam!.id, active: false },
  ];
  const inserted = await db
    .insert(people)
    .values(
      roster.map((entry) => ({
        email: `${entry.key}@fixture.test`,
        name: `Fixture ${entry.key}`,
        active: entry.active ?? true,
      })),
    )
    .returning({ id: people.id, email: people.email });
  const ids = Object.fromEntries(
    roster.map((entry, index) => [entry.key, inserted[index]!.id]),
  ) as FixtureOrganisation['people'];

  await db
    .insert(personRoles)
    .values(roster.flatMap((entry) => entry.roles.map((role) => ({ personId: ids[entry.key], role }))));
  await db
    .insert(teamMemberships)
    .values(
      roster.flatMap((entry) =>
        entry.teamId ? [{ personId: ids[entry.key], teamId: entry.teamId, validFrom: '2026-01-01' }] : [],
      ),
    );
  await db.insert(teamLeaders).values([
    { teamId: childTeam!.id, personId: ids.leader },
    { teamId: otherTeam!.id, personId: ids.outsider },
  ]);
  await db.insert(departmentHeads).values({ departmentId: parent!.id, personId: ids.head });

  return {
    departments: { parent: parent!.id, child: child!.id, other: other!.id },
    teams: { childTeam: childTeam!.id, parentTeam: parentTeam!.id, otherTeam: otherTeam!.id },
    people: ids,
  };
}
