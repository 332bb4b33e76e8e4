import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import { type TeamInput, teamSchema } from '@/lib/domain/organisation/organisation-schemas';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import {
  hasNamesakeTeam,
  insertTeam,
  lockDepartmentForTeams,
  lockTeam,
  updateTeam,
} from '@/lib/queries/organisation/teams';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

/**
 * Creates a team, or renames one or moves it to another department. Earlier answers stay with
 * the team. Nothing is recomputed: published pulses keep the departments they were frozen with, and
 * pulses frozen later count in the new one (lib/publication). The input is checked here again, so no
 * caller stores a name the form refuses.
 */
export async function saveTeam(viewer: Viewer, unchecked: TeamInput): Promise<{ teamId: number }> {
  assertPermission(viewer, 'org:manage');
  const input = teamSchema.parse(unchecked);
  const fields = { name: input.name, departmentId: input.departmentId };
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await lockDepartmentForTeams(tx, input.departmentId)))
      throw new AppError('not_found', 'There is no such department.');
    if (await hasNamesakeTeam(tx, fields, input.teamId))
      throw new ChangeRefused('duplicateTeam', 'This department already has a team with this name.');

    if (input.teamId === undefined) {
      const teamId = await insertTeam(tx, fields);
      await recordAudit(tx, {
        actorId: viewer.personId,
        action: 'team.create',
        entity: 'team',
        entityId: teamId,
        after: fields,
      });
      return { teamId };
    }
    const { teamId } = input;
    const current = await lockTeam(tx, teamId);
    if (!current) throw new AppError('not_found', 'There is no such team.');
    await updateTeam(tx, teamId, fields);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'team.update',
      entity: 'team',
      entityId: teamId,
      before: current,
      after: fields,
    });
    return { teamId };
  });
}
