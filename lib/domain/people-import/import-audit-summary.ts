import type { ImportPlan, TeamRef } from './plan-people-import';

const label = (ref: TeamRef | null) => (ref ? `${ref.department} / ${ref.team}` : null);

/** What the audit log keeps of an applied import: every change by email, no more than that. */
export function importAuditSummary(plan: ImportPlan) {
  return {
    rows: plan.rows,
    unchanged: plan.unchanged,
    newDepartments: plan.newDepartments,
    newTeams: plan.newTeams.map(label),
    newPeople: plan.newPeople.map((person) => person.email),
    moved: plan.moved.map((move) => ({ email: move.email, from: label(move.from), to: label(move.to) })),
    renamed: plan.renamed.map((rename) => rename.email),
    reactivated: plan.reactivated.map((person) => person.email),
    roleGrants: plan.roleGrants.map((grant) => ({ email: grant.email, role: grant.role })),
    newLeaders: plan.newLeaders.map((leader) => ({ email: leader.email, team: label(leader.team) })),
  };
}
