import 'server-only';
import type { Database } from '@/db/client';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { type TeamMove, planTeamMove } from '@/lib/domain/people/plan-team-move';
import { loadAuditNames } from '@/lib/queries/audit/audit-names';
import { type AuditActor, auditActorOf, recordAudit } from '@/lib/queries/audit/record-audit';
import { unitExists } from '@/lib/queries/organisation/unit-exists';
import { lockPersonActivity } from '@/lib/queries/people/person-activity';
import { changeStayTeam, closeStay, endStay, findOpenStay, openStay } from '@/lib/queries/people/team-stays';

const REFUSALS = {
  moveBeforeCurrentTeam: 'The move date lies before the person joined their current team.',
  moveInFuture: 'A move can be dated today or earlier, not in the future.',
} as const;

/**
 * Moves a person to another team on a date, inside the caller's transaction: the open stay closes
 * then and a new one opens, so the history is kept; a stay that began that same day is corrected
 * instead. Responses keep the team they were given. Refuses a deactivated person. The one core of
 * HR's move (move-person.ts) and SCIM's group membership (lib/server/scim/apply-group-membership.ts).
 */
export async function moveToTeam(
  tx: Database,
  actor: AuditActor,
  input: { personId: number; teamId: number; date: string },
  today: string,
): Promise<TeamMove['kind']> {
  const person = await lockPersonActivity(tx, input.personId);
  if (!person) throw new AppError('not_found', 'There is no person with this id.');
  if (!person.active)
    throw new ChangeRefused('inactivePerson', 'A deactivated person cannot be moved; reactivate them first.');
  if (!(await unitExists(tx, 'team', input.teamId))) throw new AppError('not_found', 'There is no such team.');
  const current = await findOpenStay(tx, input.personId);

  const move = planTeamMove(current, input.teamId, input.date, today);
  if (move.kind === 'refused') throw new ChangeRefused(move.reason, REFUSALS[move.reason], 'invalid_input');
  if (move.kind === 'unchanged') return move.kind;
  if (move.kind === 'correct') {
    await changeStayTeam(tx, move.stayId, input.teamId);
  } else {
    if (move.kind === 'close-and-open') await closeStay(tx, move.stayId, input.date);
    await openStay(tx, { personId: input.personId, teamId: input.teamId, validFrom: input.date });
  }
  const { teams } = await loadAuditNames(tx, {
    teams: current ? [current.teamId, input.teamId] : [input.teamId],
    people: [],
    departments: [],
    surveyItems: [],
  });
  await recordAudit(tx, {
    ...auditActorOf(actor),
    action: 'person.move',
    entity: 'person',
    entityId: input.personId,
    // The teams' names of the moment, should one be renamed later; no team before is said so.
    before: current
      ? { teamId: current.teamId, teamName: teams.get(current.teamId), validFrom: current.validFrom }
      : { teamId: null },
    after: {
      teamId: input.teamId,
      teamName: teams.get(input.teamId),
      validFrom: move.kind === 'correct' ? current?.validFrom : input.date,
      corrected: move.kind === 'correct',
    },
  });
  return move.kind;
}

/**
 * Takes a person out of a team, today, when that is the team they are in: their stay ends (one that
 * began today is removed, as it covered no day before), and they are then in no team. False, and
 * nothing changed, when they are not in it.
 */
export async function leaveTeam(
  tx: Database,
  actor: AuditActor,
  input: { personId: number; teamId: number },
  today: string,
): Promise<boolean> {
  await lockPersonActivity(tx, input.personId);
  const current = await findOpenStay(tx, input.personId);
  if (current?.teamId !== input.teamId) return false;
  await endStay(tx, current, today);
  const { teams } = await loadAuditNames(tx, { teams: [current.teamId], people: [], departments: [], surveyItems: [] });
  await recordAudit(tx, {
    ...auditActorOf(actor),
    action: 'person.move',
    entity: 'person',
    entityId: input.personId,
    before: { teamId: current.teamId, teamName: teams.get(current.teamId), validFrom: current.validFrom },
    after: { teamId: null, stayEnded: today },
  });
  return true;
}
