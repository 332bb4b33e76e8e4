import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { AppError } from '@/lib/domain/errors';
import type { ScimTokenCreationInput, ScimTokenRevocationInput } from '@/lib/domain/scim/scim-token-forms';
import { generateScimToken, hashScimToken } from '@/lib/domain/scim/scim-token';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { type ScimTokenEntry, insertScimToken, listScimTokens, revokeScimToken } from '@/lib/queries/scim/scim-tokens';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export type { ScimTokenEntry };

/** A token just created: the only moment its secret is known, to be shown once. */
export interface CreatedScimToken {
  id: number;
  name: string;
  token: string;
}

/**
 * Creates a bearer token for an identity provider's provisioning. Only its hash is stored; the
 * audit entry names it, never holds it. Two active tokens do not share a name.
 */
export async function createScimTokenFor(viewer: Viewer, input: ScimTokenCreationInput): Promise<CreatedScimToken> {
  assertPermission(viewer, 'admin:manage');
  const token = generateScimToken();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const entry = await insertScimToken(tx, {
      name: input.name,
      tokenHash: hashScimToken(token),
      createdBy: viewer.personId,
    });
    if (!entry) throw new ChangeRefused('scimTokenNameTaken', `An active token is named "${input.name}" already.`);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'scim-token.create',
      entity: 'scim-token',
      entityId: entry.id,
      after: { name: entry.name },
    });
    return { id: entry.id, name: entry.name, token };
  });
}

/** Every token, the newest first, revoked ones too: name, created, last used, revoked. */
export async function listScimTokensFor(viewer: Viewer): Promise<ScimTokenEntry[]> {
  assertPermission(viewer, 'admin:manage');
  return listScimTokens(await getDb());
}

/** Revokes a token: the next request that presents it gets a 401. */
export async function revokeScimTokenFor(viewer: Viewer, input: ScimTokenRevocationInput): Promise<null> {
  assertPermission(viewer, 'admin:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const at = new Date();
    const entry = await revokeScimToken(tx, input.tokenId, at);
    if (!entry) throw new AppError('not_found', 'There is no active token with this id.');
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'scim-token.revoke',
      entity: 'scim-token',
      entityId: entry.id,
      before: { name: entry.name, revokedAt: null },
      after: { name: entry.name, revokedAt: at.toISOString() },
    });
  });
  return null;
}
