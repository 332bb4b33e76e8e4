import { isManagedRole } from '@/lib/domain/admin/admin-schemas';
import { type OpenStay, planTeamMove } from '@/lib/domain/people/plan-team-move';
import type { Role } from '@/lib/domain/permissions';
import type { ImportRowError, ImportRowWarning, PeopleCsvRow, RejectedRow } from './people-csv-format';
import { type ImportDepartment, type ImportTeam, type TeamRef, teamKey, teamResolver } from './resolve-team';
import { nameKey } from './similar-names';

export { nameKey, teamKey, type TeamRef };

/** The organisation as the import finds it. */
export interface ImportSnapshot {
  people: { id: number; email: string; name: string; active: boolean; roles: Role[]; openStay: OpenStay | null }[];
  departments: ImportDepartment[];
  teams: ImportTeam[];
  teamLeaders: { teamId: number; personId: number }[];
}

export interface ImportPlan {
  /** The valid rows: those the plan holds. */
  rows: number;
  errors: ImportRowError[];
  warnings: ImportRowWarning[];
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

type Person = ImportSnapshot['people'][number];

/**
 * What importing the rows would change, and every problem of every row the file cannot be applied
 * with: the valid rows are planned, the rejected ones (a value the parser refused) are still checked
 * against the organisation, so that a row's errors are listed all at once. People not in the file
 * are left alone; roles are only ever granted, and never HR or admin (an admin grants those, in
 * /admin); leaders are named by email.
 */
export function planPeopleImport(
  rows: PeopleCsvRow[],
  snapshot: ImportSnapshot,
  options: { today: string },
  rejected: RejectedRow[] = [],
): ImportPlan {
  const plan: ImportPlan = {
    rows: 0,
    errors: [],
    warnings: [],
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
  const inFile = new Set([...rows, ...rejected].flatMap((row) => (row.email ? [row.email] : [])));
  const marked = [...rows, ...rejected].flatMap((row) => (row.newDepartment && row.department ? [row.department] : []));
  const resolve = teamResolver(snapshot.departments, snapshot.teams, new Set(marked.map(nameKey)));
  const leaderEmails = new Set(rows.flatMap((row) => (row.leaderEmail ? [row.leaderEmail] : [])));
  const planned = new Map<PeopleCsvRow, TeamRef>();

  const checkRow = (row: RejectedRow): { team: TeamRef | null; errors: ImportRowError[] } => {
    const { ref, errors, warnings } = resolve(row);
    plan.warnings.push(...warnings);
    if (row.leaderEmail && !inFile.has(row.leaderEmail)) {
      const leader = personByEmail.get(row.leaderEmail);
      if (!leader) errors.push({ line: row.line, problem: 'unknownLeader', detail: row.leaderEmail });
      else if (!leader.active) errors.push({ line: row.line, problem: 'inactiveLeader', detail: row.leaderEmail });
    }
    if (isManagedRole(row.role ?? null)) errors.push({ line: row.line, problem: 'managedRole', detail: row.role! });
    return { team: ref, errors };
  };
  for (const row of rejected) plan.errors.push(...checkRow(row).errors);

  for (const row of rows) {
    const checked = checkRow(row);
    if (checked.errors.length > 0 || !checked.team) {
      plan.errors.push(...checked.errors);
      continue;
    }
    // A new team named on several rows is one team, spelled as on its first row.
    const team = plan.newTeams.find((known) => teamKey(known) === teamKey(checked.team!)) ?? checked.team;
    const wanted = new Set<Role>([
      'employee',
      ...(row.role ? [row.role] : []),
      ...(leaderEmails.has(row.email) ? (['leader'] as const) : []),
    ]);
    const existing = personByEmail.get(row.email);
    const grants = [...wanted].filter((role) => !existing?.roles.includes(role));
    if (!existing) plan.newPeople.push({ line: row.line, email: row.email, name: row.name, team, roles: [...wanted] });
    else if (!planExistingPerson(plan, row, existing, team, grants, snapshot, options.today)) continue;
    planned.set(row, team);
    addUnit(plan, team);
  }
  addLeaders(plan, planned, snapshot, personByEmail);
  plan.rows = planned.size;
  plan.errors.sort((a, b) => a.line - b.line);
  plan.warnings.sort((a, b) => a.line - b.line);
  return plan;
}

/** A new department and a new team are listed once, however many rows name them. */
function addUnit(plan: ImportPlan, team: TeamRef): void {
  if (team.departmentId === null && !plan.newDepartments.some((name) => nameKey(name) === nameKey(team.department)))
    plan.newDepartments.push(team.department);
  if (team.teamId === null && !plan.newTeams.some((known) => teamKey(known) === teamKey(team)))
    plan.newTeams.push(team);
}

/** The changes a row makes to someone already in Verbinding: a move, a new name, a return, roles. */
function planExistingPerson(
  plan: ImportPlan,
  row: PeopleCsvRow,
  person: Person,
  team: TeamRef,
  grants: Role[],
  snapshot: ImportSnapshot,
  today: string,
): boolean {
  const move = planTeamMove(person.openStay, team.teamId, today, today);
  if (move.kind === 'refused') {
    plan.errors.push({ line: row.line, problem: 'teamStartsLater', detail: person.openStay?.validFrom });
    return false;
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
  return true;
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
  planned: ReadonlyMap<PeopleCsvRow, TeamRef>,
  snapshot: ImportSnapshot,
  personByEmail: ReadonlyMap<string, Person>,
): void {
  const seen = new Set<string>();
  const names = new Map([...planned.keys()].map((row) => [row.email, row.name]));
  for (const [row, team] of planned) {
    if (!row.leaderEmail) continue;
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
