import 'server-only';
import { ScimError } from '@/lib/domain/scim/scim-error';
import { scimUserResource } from '@/lib/domain/scim/scim-user';
import { userAuditState } from '@/lib/domain/scim/scim-user-changes';
import { userFromResource } from '@/lib/domain/scim/scim-user-input';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { addPersonRole } from '@/lib/queries/people/person-roles';
import { findPersonByAddress } from '@/lib/queries/scim/scim-people';
import { insertScimPerson } from '@/lib/queries/scim/scim-person-writes';
import { type ScimContext, type ScimResult, readScimBody } from './scim-route';
import { assertScimUserFits, lockScimPerson, scimPersonAt, writeScimUser } from './scim-user-store';

/**
 * POST /Users (RFC 7644 §3.3): a new person, an employee in no team yet (a group puts them in one),
 * who signs in through the organisation's identity provider. A userName someone SCIM sees has
 * already is a 409 `uniqueness`: the identity provider looks users up by filter first and matches
 * them. Someone the identity provider deleted comes back instead: the same person, with their
 * history, reactivated (unless the body says `active: false`) and described anew by the body.
 */
export async function createScimUser({ request, db, caller, baseUrl }: ScimContext<unknown>): Promise<ScimResult> {
  const body = await readScimBody(request);
  const user = userFromResource(body, null);
  const id = await db.transaction(async (tx) => {
    const existing = await findPersonByAddress(tx, user.userName);
    if (existing && !existing.deleted)
      throw new ScimError(
        409,
        `A user with the userName "${user.userName}" exists already (id ${existing.id}): look it up with filter=userName eq "${user.userName}" and update it.`,
        'uniqueness',
      );
    const deleted = existing ? await lockScimPerson(tx, existing.id, { deleted: true }) : null;
    if (deleted) {
      await writeScimUser(tx, deleted, userFromResource(body, { ...deleted.person, active: true }), caller);
      return deleted.person.id;
    }
    await assertScimUserFits(tx, null, null, user);
    const created = await insertScimPerson(tx, user, new Date());
    if (created === null)
      throw new ScimError(409, `Another user has the userName "${user.userName}" or this externalId.`, 'uniqueness');
    await addPersonRole(tx, created, 'employee');
    await recordAudit(tx, {
      actorId: null,
      scimTokenId: caller.tokenId,
      action: 'person.create',
      entity: 'person',
      entityId: created,
      after: userAuditState(user),
    });
    return created;
  });
  const person = await scimPersonAt(db, String(id));
  return { status: 201, body: scimUserResource(person, baseUrl), location: `${baseUrl}/Users/${id}` };
}
