import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, teamMemberships, teams } from '@/db/schema';
import type { DepartmentRow } from '@/lib/domain/organisation/flatten-department-tree';

/** A team as SCIM sees it. */
export interface ScimTeamRow {
  id: number;
  name: string;
  departmentId: number;
  externalId: string | null;
  scimDisplayName: string | null;
  createdAt: Date;
}

export interface ScimTeamFields {
  name: string;
  departmentId: number;
  externalId: string | null;
  scimDisplayName: string | null;
}

const TEAM = {
  id: teams.id,
  name: teams.name,
  departmentId: teams.departmentId,
  externalId: teams.externalId,
  scimDisplayName: teams.scimDisplayName,
  createdAt: teams.createdAt,
};

/** Teams are SCIM groups until an identity provider deletes the group. */
const isGroup = isNull(teams.scimDeletedAt);

/** Every group's team (or the one with `teamId`), by id, with every department for their paths. */
export async function loadScimTeams(
  db: Database,
  teamId?: number,
): Promise<{ teams: ScimTeamRow[]; departments: DepartmentRow[] }> {
  const [teamRows, departmentRows] = await Promise.all([
    db
      .select(TEAM)
      .from(teams)
      .where(and(isGroup, teamId === undefined ? undefined : eq(teams.id, teamId)))
      .orderBy(asc(teams.id)),
    loadDepartments(db),
  ]);
  return { teams: teamRows, departments: departmentRows };
}

export function loadDepartments(db: Database): Promise<DepartmentRow[]> {
  return db.select({ id: departments.id, name: departments.name, parentId: departments.parentId }).from(departments);
}

/** The people whose current stay is in one of these teams. */
export async function loadTeamMembers(
  db: Database,
  teamIds: readonly number[],
): Promise<{ teamId: number; personId: number; name: string }[]> {
  if (teamIds.length === 0) return [];
  return db
    .select({ teamId: teamMemberships.teamId, personId: people.id, name: people.name })
    .from(teamMemberships)
    .innerJoin(people, eq(people.id, teamMemberships.personId))
    .where(and(inArray(teamMemberships.teamId, [...teamIds]), isNull(teamMemberships.validTo)))
    .orderBy(asc(people.id));
}

/** A group's team, its row locked until the transaction ends; null when there is no such group. */
export async function lockScimTeam(tx: Database, teamId: number): Promise<ScimTeamRow | null> {
  const [row] = await tx
    .select(TEAM)
    .from(teams)
    .where(and(eq(teams.id, teamId), isGroup))
    .for('update');
  return row ?? null;
}

/** The team of this name (whatever its case) in the department, deleted group or not. */
export async function findNamesakeTeam(
  db: Database,
  departmentId: number,
  name: string,
): Promise<{ id: number; deleted: boolean } | null> {
  const [row] = await db
    .select({ id: teams.id, deletedAt: teams.scimDeletedAt })
    .from(teams)
    .where(and(eq(teams.departmentId, departmentId), sql`lower(${teams.name}) = lower(${name})`));
  return row ? { id: row.id, deleted: row.deletedAt !== null } : null;
}

/** Whether a team other than `exceptTeamId` has this externalId. */
export async function externalIdTaken(db: Database, externalId: string, exceptTeamId?: number): Promise<boolean> {
  const [row] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.externalId, externalId), exceptTeamId === undefined ? undefined : ne(teams.id, exceptTeamId)));
  return Boolean(row);
}

export async function insertScimTeam(tx: Database, fields: ScimTeamFields): Promise<number> {
  const [row] = await tx.insert(teams).values(fields).returning({ id: teams.id });
  return row!.id;
}

/** Writes a group's team; `scimDeletedAt` null makes a deleted group's team a group again. */
export async function updateScimTeam(
  tx: Database,
  teamId: number,
  fields: Partial<ScimTeamFields> & { scimDeletedAt?: Date | null },
): Promise<void> {
  await tx.update(teams).set(fields).where(eq(teams.id, teamId));
}

/** Whether each person exists and is active, their rows locked in id order until the transaction ends. */
export function lockPeople(tx: Database, personIds: readonly number[]): Promise<{ id: number; active: boolean }[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx
    .select({ id: people.id, active: people.active })
    .from(people)
    .where(inArray(people.id, [...personIds]))
    .orderBy(asc(people.id))
    .for('update');
}
