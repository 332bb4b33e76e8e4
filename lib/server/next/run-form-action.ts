import 'server-only';
import { revalidatePath } from 'next/cache';
import { type z, ZodError } from 'zod';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { getViewer } from '@/lib/server/access/session';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { AppError } from '@/lib/domain/errors';
import type { Permission } from '@/lib/domain/permissions';
import { type ActionState, invalidState } from '@/lib/domain/forms/action-state';
import type { FormContract } from '@/lib/domain/forms/form-contract';

interface FormAction<Schema extends z.ZodType, Result> {
  contract: FormContract<Schema>;
  permission: Permission;
  /** The server function; it checks the permission again where it touches the data. */
  change: (viewer: Viewer, input: z.infer<Schema>) => Promise<Result>;
  /** Pages (with everything below them) that show what changed. */
  revalidate: string[];
}

/**
 * Runs a form's server action: the signed-in viewer and their permission first, then the
 * contract's validation, then the change. Every failure becomes a state the form can show, with
 * what was typed when the contract keeps it; nothing is changed unless the whole change succeeded.
 */
export async function runFormAction<Schema extends z.ZodType, Result>(
  form: FormData,
  action: FormAction<Schema, Result>,
): Promise<ActionState<Result>> {
  const { contract } = action;
  const typed = contract.typedValues ? { values: contract.typedValues(form) } : {};
  try {
    const viewer = await getViewer();
    if (!viewer) return { status: 'refused', reason: 'unauthenticated', ...typed };
    assertPermission(viewer, action.permission);
    const parsed = contract.schema.safeParse(contract.read(form));
    if (!parsed.success) return { ...invalidState(parsed.error, contract.issueKeys), ...typed };
    const result = await action.change(viewer, parsed.data);
    for (const path of action.revalidate) revalidatePath(path, 'layout');
    return { status: 'saved', result, savedAt: Date.now() };
  } catch (error) {
    if (error instanceof ChangeRefused) return { status: 'refused', reason: error.reason, ...typed };
    if (error instanceof AppError) return { status: 'refused', reason: error.code, ...typed };
    if (error instanceof ZodError) return { ...invalidState(error, contract.issueKeys), ...typed };
    console.error(error);
    return { status: 'failed', ...typed };
  }
}
