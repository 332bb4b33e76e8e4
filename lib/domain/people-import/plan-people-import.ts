import { isManagedRole } from '@/lib/domain/admin/admin-schemas';
import { type OpenStay, planTeamMove } from '@/lib/domain/people/plan-team-move';
import type { Role } from '@/lib/domain/permissions';
import type { ImportRowError, PeopleCsvRow } from './people-csv-format';

/** The organisation as the import finds it. */
export interface ImportSnapshot {
  people: { id: number; email: string; name: string; active: boolean; roles: Role[]; openStay: OpenStay | null }[];
  departments: { id: number; name: string }[];
  teams: { id: number; name: string; departmentId: number }[];
  teamLeaders: { teamId: number; personId: number }[];
}

/** A team by its names, with its id and its department's id where they exist already. */
export interface TeamRef {
  department: string;
  team: string;
  departmentId: number | null;
  teamId: number | null;
}

export interface ImportPlan {
  rows: number;
  errors: ImportRowError[];
  newDepartments: string[];
  newTeams: TeamRef[];
  newPeople: { line: number; email: string; name: string; team: TeamRef; roles: Role[] }[];
  renamed: { line: number; personId: number; email: string; from: string; to: string }[];
  moved: {
    line: number;
    personId: number;
    email: string;
    name: string;
    from: TeamRef | null;
    to: TeamRef;
    stayId: number | null;
    correct: boolean;
  }[];
  reactivated: { line: number; personId: number; email: string; name: string }[];
  roleGrants: { personId: number; email: string; name: string; role: Role }[];
  newLeaders: { email: string; name: string; team: TeamRef }[];
  unchanged: number;
}

/** Names compare without regard to case or surrounding spaces, so "IT" in the file is the existing "It". */
export const nameKey = (name: string) => name.trim().toLocaleLowerCase('nl');
export const teamKey = (ref: Pick<TeamRef, 'department' | 'team'>) =>
  `${nameKey(ref.department)}\u0000${nameKey(ref.team)}`;

/**
 * What importing the rows would change, and every row the file cannot be applied with. People
 * not in the file are left alone; roles are only ever granted, and never HR or admin (an admin
 * grants those, in /admin); leaders are named by email.
 */
export function planPeopleImport(
  rows: PeopleCsvRow[],
  snapshot: ImportSnapshot,
  options: { today: string },
): ImportPlan {
  const plan: ImportPlan = {
    rows: rows.length,
    errors: [],
    newDepartments: [],
    newTeams: [],
    newPeople: [],
    renamed: [],
    moved: [],
    reactivated: [],
    roleGrants: [],
    newLeaders: [],
    unchanged: 0,
  };
  const personByEmail = new Map(snapshot.people.map((person) => [person.email.toLowerCase(), person]));
  const rowByEmail = new Map(rows.map((row) => [row.email, row]));
  const teamRefs = teamResolver(snapshot, plan);
  const leaderEmails = new Set(rows.flatMap((row) => (row.leaderEmail ? [row.leaderEmail] : [])));

  for (const row of rows) {
    const team = teamRefs(row);
    if (team === 'ambiguous') {
      plan.errors.push({ line: row.line, problem: 'ambiguousDepartment', detail: row.department });
      continue;
    }
    if (row.leaderEmail && !rowByEmail.has(row.leaderEmail)) {
      const leader = personByEmail.get(row.leaderEmail);
      if (!leader) plan.errors.push({ line: row.line, problem: 'unknownLeader', detail: row.leaderEmail });
      else if (!leader.active) plan.errors.push({ line: row.line, problem: 'inactiveLeader', detail: row.leaderEmail });
    }
    if (isManagedRole(row.role)) {
      plan.errors.push({ line: row.line, problem: 'managedRole', detail: row.role });
      continue;
    }
    const wanted = new Set<Role>([
      'employee',
      ...(row.role ? [row.role] : []),
      ...(leaderEmails.has(row.email) ? (['leader'] as const) : []),
    ]);
    const existing = personByEmail.get(row.email);
    const grants = [...wanted].filter((role) => !existing?.roles.includes(role));
    if (!existing) {
      plan.newPeople.push({ line: row.line, email: row.email, name: row.name, team, roles: [...wanted] });
      continue;
    }
    planExistingPerson(plan, row, existing, team, grants, snapshot, options.today);
  }
  addLeaders(plan, rows, snapshot, teamRefs, personByEmail);
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}

/** The changes a row makes to someone already in Verbinding: a move, a new name, a return, roles. */
function planExistingPerson(
  plan: ImportPlan,
  row: PeopleCsvRow,
  person: ImportSnapshot['people'][number],
  team: TeamRef,
  grants: Role[],
  snapshot: ImportSnapshot,
  today: string,
): void {
  const move = planTeamMove(person.openStay, team.teamId, today, today);
  if (move.kind === 'refused') {
    plan.errors.push({ line: row.line, problem: 'teamStartsLater', detail: person.openStay?.validFrom });
    return;
  }
  const base = { line: row.line, personId: person.id, email: row.email };
  if (move.kind !== 'unchanged') {
    const from = person.openStay ? refOfTeam(snapshot, person.openStay.teamId) : null;
    plan.moved.push({
      ...base,
      name: row.name,
      from,
      to: team,
      stayId: move.kind === 'join' ? null : move.stayId,
      correct: move.kind === 'correct',
    });
  }
  if (person.name !== row.name) plan.renamed.push({ ...base, from: person.name, to: row.name });
  if (!person.active) plan.reactivated.push({ ...base, name: row.name });
  plan.roleGrants.push(...grants.map((role) => ({ personId: person.id, email: row.email, name: row.name, role })));
  if (move.kind === 'unchanged' && person.name === row.name && person.active && grants.length === 0) plan.unchanged++;
}

/** Finds each row's team, noting the departments and teams the import would create on the way. */
function teamResolver(snapshot: ImportSnapshot, plan: ImportPlan): (row: PeopleCsvRow) => TeamRef | 'ambiguous' {
  const departments = new Map<string, { id: number; name: string }[]>();
  for (const department of snapshot.departments)
    departments.set(nameKey(department.name), [...(departments.get(nameKey(department.name)) ?? []), department]);
  const created = new Map<string, TeamRef>();
  return (row) => {
    const found = departments.get(nameKey(row.department)) ?? [];
    if (found.length > 1) return 'ambiguous';
    const key = teamKey(row);
    const known = created.get(key);
    if (known) return known;
    const department = found[0];
    const team = department
      ? snapshot.teams.find((t) => t.departmentId === department.id && nameKey(t.name) === nameKey(row.team))
      : undefined;
    const ref: TeamRef = {
      department: department?.name ?? row.department,
      team: team?.name ?? row.team,
      departmentId: department?.id ?? null,
      teamId: team?.id ?? null,
    };
    if (!department && !plan.newDepartments.some((name) => nameKey(name) === nameKey(row.department)))
      plan.newDepartments.push(row.department);
    if (!team) plan.newTeams.push(ref);
    created.set(key, ref);
    return ref;
  };
}

function refOfTeam(snapshot: ImportSnapshot, teamId: number): TeamRef | null {
  const team = snapshot.teams.find((t) => t.id === teamId);
  const department = team && snapshot.departments.find((d) => d.id === team.departmentId);
  return team && department
    ? { department: department.name, team: team.name, departmentId: department.id, teamId: team.id }
    : null;
}

/**
 * Each (team, leader) pair the file names that is not there yet, once; a leader who is not in the
 * file themselves gets the leader role here (those in the file get it with their own row).
 */
function addLeaders(
  plan: ImportPlan,
  rows: PeopleCsvRow[],
  snapshot: ImportSnapshot,
  teamRefs: (row: PeopleCsvRow) => TeamRef | 'ambiguous',
  personByEmail: Map<string, ImportSnapshot['people'][number]>,
): void {
  const seen = new Set<string>();
  const names = new Map(rows.map((row) => [row.email, row.name]));
  for (const row of rows) {
    const team = teamRefs(row);
    if (!row.leaderEmail || team === 'ambiguous') continue;
    const leader = personByEmail.get(row.leaderEmail);
    const key = `${teamKey(team)}\u0000${row.leaderEmail}`;
    const leadsAlready =
      leader !== undefined && snapshot.teamLeaders.some((l) => l.teamId === team.teamId && l.personId === leader.id);
    if (seen.has(key) || leadsAlready) continue;
    seen.add(key);
    plan.newLeaders.push({
      email: row.leaderEmail,
      name: names.get(row.leaderEmail) ?? leader?.name ?? row.leaderEmail,
      team,
    });
    const needsRole = leader?.active && !names.has(leader.email.toLowerCase()) && !leader.roles.includes('leader');
    if (needsRole && !plan.roleGrants.some((grant) => grant.personId === leader.id && grant.role === 'leader')) {
      plan.roleGrants.push({ personId: leader.id, email: row.leaderEmail, name: leader.name, role: 'leader' });
    }
  }
}
