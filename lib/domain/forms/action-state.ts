import type { ZodError } from 'zod';

/** What was typed into a form's fields, returned with a refusal so that the form keeps it. */
export type TypedValues = Record<string, string>;

/** What a form's server action answers, for the form to show; serializable, no English prose. */
export type ActionState<Result = null> =
  | { status: 'idle' }
  | { status: 'saved'; result: Result; savedAt: number }
  /** The names of the fields whose values were refused; with a contract whose messages are keys, each field's key. */
  | { status: 'invalid'; fields: string[]; issues?: Record<string, string>; values?: TypedValues }
  /** A refusal reason (lib/domain/change-refused.ts) or an error code (lib/domain/errors.ts). */
  | { status: 'refused'; reason: string; values?: TypedValues }
  | { status: 'failed'; values?: TypedValues };

export const IDLE_STATE = { status: 'idle' } as const;

/** The refused fields; `withIssueKeys` for a schema whose messages are keys the form translates, never prose. */
export function invalidState(
  error: ZodError,
  withIssueKeys = false,
): { status: 'invalid'; fields: string[]; issues?: Record<string, string> } {
  const named = error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'form'), message: issue.message }));
  const fields = [...new Set(named.map(({ field }) => field))];
  if (!withIssueKeys) return { status: 'invalid', fields };
  const issues: Record<string, string> = {};
  for (const { field, message } of named) issues[field] ??= message;
  return { status: 'invalid', fields, issues };
}

export function fieldIsInvalid(state: ActionState<unknown>, field: string): boolean {
  return state.status === 'invalid' && state.fields.includes(field);
}

/** The refusals every form words alike: signed out or not allowed, and gone. */
const GENERIC_REFUSALS: Record<string, 'forbidden' | 'notFound'> = {
  forbidden: 'forbidden',
  unauthenticated: 'forbidden',
  not_found: 'notFound',
};

export function genericRefusal(reason: string): 'forbidden' | 'notFound' | null {
  return GENERIC_REFUSALS[reason] ?? null;
}
