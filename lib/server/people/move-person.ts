import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import type { TeamMoveInput } from '@/lib/domain/people/person-schemas';
import { planTeamMove } from '@/lib/domain/people/plan-team-move';
import { loadAuditNames } from '@/lib/queries/audit/audit-names';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { unitExists } from '@/lib/queries/organisation/unit-exists';
import { lockPersonActivity } from '@/lib/queries/people/person-activity';
import { changeStayTeam, closeStay, findOpenStay, openStay } from '@/lib/queries/people/team-stays';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

const REFUSALS = {
  moveBeforeCurrentTeam: 'The move date lies before the person joined their current team.',
  moveInFuture: 'A move can be dated today or earlier, not in the future.',
} as const;

/**
 * Moves a person to another team on a date: the open stay closes then and a new one opens, so the
 * history is kept. Responses keep the team they were given, whatever the date of the move.
 */
export async function movePerson(viewer: Viewer, input: TeamMoveInput, now = new Date()): Promise<void> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const person = await lockPersonActivity(tx, input.personId);
    if (!person) throw new AppError('not_found', 'There is no person with this id.');
    if (!person.active)
      throw new ChangeRefused('inactivePerson', 'A deactivated person cannot be moved; reactivate them first.');
    if (!(await unitExists(tx, 'team', input.teamId))) throw new AppError('not_found', 'There is no such team.');
    const current = await findOpenStay(tx, input.personId);

    const move = planTeamMove(current, input.teamId, input.date, organisationDay(now));
    if (move.kind === 'refused') throw new ChangeRefused(move.reason, REFUSALS[move.reason], 'invalid_input');
    if (move.kind === 'unchanged') throw new ChangeRefused('alreadyInTeam', 'The person is in this team already.');
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
      actorId: viewer.personId,
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
  });
}
