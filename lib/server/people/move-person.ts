import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import type { TeamMoveInput } from '@/lib/domain/people/person-schemas';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { moveToTeam } from './team-move';

/**
 * HR moves a person to another team on a date: the open stay closes then and a new one opens, so
 * the history is kept. Responses keep the team they were given, whatever the date of the move.
 */
export async function movePerson(viewer: Viewer, input: TeamMoveInput, now = new Date()): Promise<void> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const outcome = await moveToTeam(tx, { personId: viewer.personId }, input, organisationDay(now));
    if (outcome === 'unchanged') throw new ChangeRefused('alreadyInTeam', 'The person is in this team already.');
  });
}
