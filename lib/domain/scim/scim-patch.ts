import { z } from 'zod';
import { ScimError } from './scim-error';
import { type AttributePath, parseAttributePath } from './scim-path';

export const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** One operation of a PATCH, its `op` lowercased (Entra ID writes "Replace") and its path parsed. */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace';
  path: AttributePath | null;
  value: unknown;
}

const patchBodySchema = z.object({
  schemas: z.array(z.string()).refine((schemas) => schemas.includes(SCIM_PATCH_SCHEMA), {
    message: `must include ${SCIM_PATCH_SCHEMA}`,
  }),
  Operations: z
    .array(
      z.object({
        op: z
          .string()
          .transform((op) => op.toLowerCase())
          .pipe(z.enum(['add', 'remove', 'replace'])),
        path: z.string().optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1, 'a PATCH needs at least one operation'),
});

/** Reads a PatchOp body (RFC 7644 §3.5.2); a SCIM 400 naming what is wrong otherwise. */
export function parsePatchBody(body: unknown): PatchOperation[] {
  const parsed = patchBodySchema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    throw new ScimError(400, `This is not a SCIM PatchOp: ${detail}.`, 'invalidSyntax');
  }
  return parsed.data.Operations.map((operation) => {
    const path = operation.path ? parseAttributePath(operation.path) : null;
    if (operation.op === 'remove' && !path) throw new ScimError(400, 'A "remove" operation needs a path.', 'noTarget');
    if (operation.op !== 'remove' && operation.value === undefined)
      throw new ScimError(400, `An "${operation.op}" operation needs a value.`, 'invalidValue');
    return { op: operation.op, path, value: operation.value };
  });
}

/**
 * A SCIM boolean as identity providers send it: true and false, and Entra ID's "True" and "False"
 * strings; a SCIM 400 for anything else.
 */
export function scimBoolean(value: unknown, attribute: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ScimError(400, `${attribute} must be true or false.`, 'invalidValue');
}
