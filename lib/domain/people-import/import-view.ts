import type { ImportRowError, ImportRowWarning } from './people-csv-format';
import type { ImportPlan, TeamRef } from './plan-people-import';

/** How many entries of each list the page shows; the counts are always complete. */
export const IMPORT_VIEW_LIMIT = 100;

export interface ImportList {
  count: number;
  items: string[];
}

export type ImportListKey =
  'newDepartments' | 'newTeams' | 'newPeople' | 'moved' | 'renamed' | 'reactivated' | 'roleGrants' | 'newLeaders';

/** A dry run or an applied import as the page shows it: counts, the first entries, the errors and warnings. */
export interface ImportView {
  applied: boolean;
  digest: string;
  rows: number;
  unchanged: number;
  errorCount: number;
  errors: ImportRowError[];
  warningCount: number;
  warnings: ImportRowWarning[];
  lists: Record<ImportListKey, ImportList>;
}

const team = (ref: TeamRef | null) => (ref ? `${ref.department} / ${ref.team}` : '—');
const who = (person: { name: string; email: string }) => `${person.name} <${person.email}>`;

export function importView(plan: ImportPlan, applied: boolean, digest: string): ImportView {
  const list = (items: string[]): ImportList => ({ count: items.length, items: items.slice(0, IMPORT_VIEW_LIMIT) });
  return {
    applied,
    digest,
    rows: plan.rows,
    unchanged: plan.unchanged,
    errorCount: plan.errors.length,
    errors: plan.errors.slice(0, IMPORT_VIEW_LIMIT),
    warningCount: plan.warnings.length,
    warnings: plan.warnings.slice(0, IMPORT_VIEW_LIMIT),
    lists: {
      newDepartments: list(plan.newDepartments),
      newTeams: list(plan.newTeams.map(team)),
      newPeople: list(plan.newPeople.map((person) => `${who(person)}: ${team(person.team)}`)),
      moved: list(plan.moved.map((move) => `${who(move)}: ${team(move.from)} → ${team(move.to)}`)),
      renamed: list(plan.renamed.map((rename) => `${rename.from} → ${rename.to} <${rename.email}>`)),
      reactivated: list(plan.reactivated.map(who)),
      roleGrants: list(plan.roleGrants.map((grant) => `${who(grant)}: ${grant.role}`)),
      newLeaders: list(plan.newLeaders.map((leader) => `${who(leader)}: ${team(leader.team)}`)),
    },
  };
}
