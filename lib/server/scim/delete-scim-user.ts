import 'server-only';
import { markScimDeleted } from '@/lib/queries/scim/scim-person-writes';
import type { ScimContext, ScimResult } from './scim-route';
import { changeScimActivation, changeScimPersonAt, recordScimUpdate } from './scim-user-store';

/**
 * DELETE /Users/{id}: Verbinding never deletes a person, whose history and answers count in what
 * was published. The person is deactivated (as with `active: false`) and SCIM no longer finds them:
 * GET answers 404, as RFC 7644 §3.6 requires. A later POST with their userName brings them back.
 */
export async function deleteScimUser({ db, params, caller }: ScimContext<{ id: string }>): Promise<ScimResult> {
  await changeScimPersonAt(db, params.id, async (tx, { person, deactivatedAt }) => {
    if (person.active)
      await changeScimActivation(tx, { id: person.id, active: true, deactivatedAt }, false, caller, {
        scimDeleted: true,
      });
    else
      await recordScimUpdate(tx, caller, person.id, { before: { scimDeleted: false }, after: { scimDeleted: true } });
    await markScimDeleted(tx, person.id, new Date());
  });
  return { status: 204 };
}
