import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, teamMemberships, teams } from '@/db/schema';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import type { TeamMoveInput } from '@/lib/domain/people/person-schemas';
import { planTeamMove } from '@/lib/domain/people/plan-team-move';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

const REFUSALS = {
  moveBeforeCurrentTeam: 'The move date lies before the person joined their current team.',
  moveInFuture: 'A move can be dated today or earlier, not in the future.',
} as const;

/**
 * Moves a person to another team on a date: the open stay closes then and a new one opens, so the
 * history is kept. Responses keep the team they were given, whatever the date of the move.
 */
export async function movePerson(db: Database, viewer: Viewer, input: TeamMoveInput, now = new Date()): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await db.transaction(async (tx) => {
    const [person] = await tx.select({ active: people.active }).from(people).where(eq(people.id, input.personId)).for('update');
    if (!person) throw new AppError('not_found', 'There is no person with this id.');
    if (!person.active) throw new ChangeRefused('inactivePerson', 'A deactivated person cannot be moved; reactivate them first.');
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, input.teamId));
    if (!team) throw new AppError('not_found', 'There is no such team.');
    const [openStay] = await tx
      .select({ id: teamMemberships.id, teamId: teamMemberships.teamId, validFrom: teamMemberships.validFrom })
      .from(teamMemberships)
      .where(and(eq(teamMemberships.personId, input.personId), isNull(teamMemberships.validTo)));

    const move = planTeamMove(openStay ?? null, input.teamId, input.date, organisationDay(now));
    if (move.kind === 'refused') throw new ChangeRefused(move.reason, REFUSALS[move.reason], 'invalid_input');
    if (move.kind === 'unchanged') throw new ChangeRefused('alreadyInTeam', 'The person is in this team already.');
    if (move.kind === 'correct') {
      await tx.update(teamMemberships).set({ teamId: input.teamId }).where(eq(teamMemberships.id, move.stayId));
    } else {
      if (move.kind === 'close-and-open') await tx.update(teamMemberships).set({ validTo: input.date }).where(eq(teamMemberships.id, move.stayId));
      await tx.insert(teamMemberships).values({ personId: input.personId, teamId: input.teamId, validFrom: input.date });
    }
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'person.move',
      entity: 'person',
      entityId: input.personId,
      before: openStay ? { teamId: openStay.teamId, validFrom: openStay.validFrom } : null,
      after: { teamId: input.teamId, validFrom: move.kind === 'correct' ? openStay?.validFrom : input.date, corrected: move.kind === 'correct' },
    });
  });
}
