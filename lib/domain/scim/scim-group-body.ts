import { z } from 'zod';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';
import { ScimError } from './scim-error';
import { SCIM_VERBINDING_GROUP_SCHEMA } from './scim-group-name';
import { SCIM_GROUP_SCHEMA } from './scim-path';

/** A Group as POST and PUT send it, read: its members as the users' ids. */
export interface GroupBody {
  displayName: string;
  /** Absent when the body has none; null when it clears it. */
  externalId?: string | null;
  /** The extension's department path, when sent. */
  department?: string;
  /** Absent when the body has no members attribute. */
  members?: string[];
}

const memberSchema = z.looseObject({ value: z.union([z.string(), z.number()]).transform(String) });

/**
 * The users' ids of a `members` value: one member or a list of them, each `{"value": "<user id>"}`
 * as /Users gives it (display and $ref are ignored). A SCIM 400 when a member is not one.
 */
export function memberIdsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    const member = memberSchema.safeParse(item);
    if (!member.success)
      throw new ScimError(
        400,
        'Each member is an object with the user\'s id as its value, e.g. {"value": "12"}.',
        'invalidValue',
      );
    const id = parseDatabaseId(member.data.value);
    if (id === null)
      throw new ScimError(400, `"${member.data.value}" is not the id of a user of this service.`, 'invalidValue');
    return String(id);
  });
}

const groupBodySchema = z.looseObject({
  schemas: z.array(z.string()).refine((schemas) => schemas.includes(SCIM_GROUP_SCHEMA), {
    message: `must include ${SCIM_GROUP_SCHEMA}`,
  }),
  displayName: z.string({ message: 'a group needs a displayName' }),
  externalId: z.string().trim().min(1).nullable().optional(),
  members: z.unknown().optional(),
});
const extensionSchema = z.looseObject({ department: z.string().optional() });

/** Reads a Group body (RFC 7643 §4.2, with Verbinding's extension); a SCIM 400 naming what is wrong otherwise. */
export function parseGroupBody(body: unknown): GroupBody {
  const parsed = groupBodySchema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    throw new ScimError(400, `This is not a SCIM Group: ${detail}.`, 'invalidSyntax');
  }
  const { displayName, externalId, members } = parsed.data;
  const extensionKey = Object.keys(parsed.data).find(
    (key) => key.toLowerCase() === SCIM_VERBINDING_GROUP_SCHEMA.toLowerCase(),
  );
  const extension = extensionSchema.safeParse(extensionKey ? parsed.data[extensionKey] : {});
  if (!extension.success)
    throw new ScimError(400, `${SCIM_VERBINDING_GROUP_SCHEMA} holds the department as text.`, 'invalidValue');
  return {
    displayName,
    ...(externalId !== undefined ? { externalId } : {}),
    ...(extension.data.department !== undefined ? { department: extension.data.department } : {}),
    ...(members !== undefined && members !== null ? { members: memberIdsOf(members) } : {}),
  };
}
