import 'server-only';
import type { Database } from '@/db/client';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { ScimError } from '@/lib/domain/scim/scim-error';
import { type ScimPerson, type ScimUser, scimUserResource } from '@/lib/domain/scim/scim-user';
import { userChanges } from '@/lib/domain/scim/scim-user-changes';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';
import { auditActorOf, recordAudit } from '@/lib/queries/audit/record-audit';
import { deactivateLockedPerson, reactivateLockedPerson } from '@/lib/queries/people/change-activation';
import { lockPersonActivity } from '@/lib/queries/people/person-activity';
import { leadByManager } from '@/lib/queries/scim/lead-by-manager';
import { findScimPerson, personExists, taken } from '@/lib/queries/scim/scim-people';
import { updateScimPerson } from '@/lib/queries/scim/scim-person-writes';
import { type ScimCaller, type ScimContext, type ScimResult, readScimBody } from './scim-route';

export const noSuchUser = (id: string) => new ScimError(404, `There is no user with id "${id}".`);

/** The user a path's id names, as SCIM sees them; a SCIM 404 for any other id (RFC 7644 §3.4.1). */
export async function scimPersonAt(db: Database, idText: string): Promise<ScimPerson> {
  const id = parseDatabaseId(idText);
  const person = id === null ? null : await findScimPerson(db, id);
  if (!person) throw noSuchUser(idText);
  return person;
}

/** The person's row locked until the transaction ends, and the person as SCIM sees them (or one it deleted). */
export async function lockScimPerson(
  tx: Database,
  id: number,
  options: { deleted?: boolean } = {},
): Promise<{ person: ScimPerson; deactivatedAt: Date | null } | null> {
  const activity = await lockPersonActivity(tx, id);
  const person = activity ? await findScimPerson(tx, id, options) : null;
  return person && activity ? { person, deactivatedAt: activity.deactivatedAt } : null;
}

/**
 * The change made to the user a path's id names, in one transaction with their row locked; a SCIM
 * 404 when SCIM sees nobody with that id.
 */
export async function changeScimPersonAt<Result>(
  db: Database,
  idText: string,
  change: (tx: Database, locked: { person: ScimPerson; deactivatedAt: Date | null }) => Promise<Result>,
): Promise<Result> {
  const id = parseDatabaseId(idText);
  return db.transaction(async (tx) => {
    const locked = id === null ? null : await lockScimPerson(tx, id);
    if (!locked) throw noSuchUser(idText);
    return change(tx, locked);
  });
}

/**
 * Refuses an address or external id someone else has, and a manager who is not another person
 * (`personId` null for a new user).
 */
export async function assertScimUserFits(
  tx: Database,
  personId: number | null,
  before: ScimUser | null,
  after: ScimUser,
): Promise<void> {
  if (
    after.userName.toLowerCase() !== before?.userName.toLowerCase() &&
    (await taken(tx, 'email', after.userName, personId))
  )
    throw new ScimError(409, `Another user has the userName "${after.userName}".`, 'uniqueness');
  if (
    after.externalId !== null &&
    after.externalId !== before?.externalId &&
    (await taken(tx, 'externalId', after.externalId, personId))
  )
    throw new ScimError(409, `Another user has the externalId "${after.externalId}".`, 'uniqueness');
  if (after.managerId === null || after.managerId === before?.managerId) return;
  if (after.managerId === personId) throw new ScimError(400, 'A user cannot be their own manager.', 'invalidValue');
  if (!(await personExists(tx, after.managerId)))
    throw new ScimError(400, `There is no user with id "${after.managerId}" to be the manager.`, 'invalidValue');
}

/**
 * Deactivates or reactivates the locked person as `active` goes, with the same rules as HR's
 * (lib/queries/people/change-activation.ts). SCIM may deactivate anyone but the last active admin
 * (a SCIM 403); it never grants or removes HR or admin.
 */
export async function changeScimActivation(
  tx: Database,
  locked: { id: number; active: boolean; deactivatedAt: Date | null },
  active: boolean,
  caller: ScimCaller,
  note: Record<string, unknown> = {},
): Promise<void> {
  const actor = { scimTokenId: caller.tokenId };
  if (locked.active && !active) {
    try {
      await deactivateLockedPerson(tx, locked.id, actor, new Date(), note);
    } catch (error) {
      if (error instanceof ChangeRefused && error.reason === 'lastAdmin')
        throw new ScimError(
          403,
          'This user is the last active admin of Verbinding and stays active: make someone else admin in Verbinding first. Nothing was changed.',
        );
      throw error;
    }
  } else if (!locked.active && active) await reactivateLockedPerson(tx, locked.id, actor, locked.deactivatedAt);
}

/**
 * Makes a locked person what SCIM now says of them (`after`), in the caller's transaction: their
 * fields with one `person.update` entry for what changed, their activation, and their manager as a
 * leader of their team.
 */
export async function writeScimUser(
  tx: Database,
  locked: { person: ScimPerson; deactivatedAt: Date | null },
  after: ScimUser,
  caller: ScimCaller,
): Promise<void> {
  const { person } = locked;
  await assertScimUserFits(tx, person.id, person, after);
  await updateScimPerson(tx, person.id, after);
  const changes = userChanges(person, after);
  if (changes) await recordScimUpdate(tx, caller, person.id, changes);
  await changeScimActivation(
    tx,
    { id: person.id, active: person.active, deactivatedAt: locked.deactivatedAt },
    after.active,
    caller,
  );
  if (after.managerId !== null && after.managerId !== person.managerId)
    await leadByManager(tx, [person.id], caller.tokenId);
}

/** A `person.update` entry made through the caller's token. */
export async function recordScimUpdate(
  tx: Database,
  caller: ScimCaller,
  personId: number,
  changes: { before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<void> {
  await recordAudit(tx, {
    ...auditActorOf({ scimTokenId: caller.tokenId }),
    action: 'person.update',
    entity: 'person',
    entityId: personId,
    ...changes,
  });
}

/**
 * PUT and PATCH: the user the path names made what `change` makes of them and of the request's
 * body, answered as they are now.
 */
export async function rewriteScimUser(
  { request, db, params, caller, baseUrl }: ScimContext<{ id: string }>,
  change: (body: unknown, person: ScimPerson) => ScimUser,
): Promise<ScimResult> {
  const body = await readScimBody(request);
  await changeScimPersonAt(db, params.id, (tx, locked) =>
    writeScimUser(tx, locked, change(body, locked.person), caller),
  );
  return { body: scimUserResource(await scimPersonAt(db, params.id), baseUrl) };
}
