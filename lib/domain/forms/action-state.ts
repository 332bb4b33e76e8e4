import type { ZodError } from 'zod';

/** What a form's server action answers, for the form to show; serializable, no English prose. */
export type ActionState<Result = null> =
  | { status: 'idle' }
  | { status: 'saved'; result: Result; savedAt: number }
  /** The names of the fields whose values were refused. */
  | { status: 'invalid'; fields: string[] }
  /** A refusal reason (lib/domain/change-refused.ts) or an error code (lib/domain/errors.ts). */
  | { status: 'refused'; reason: string }
  | { status: 'failed' };

export const IDLE_STATE = { status: 'idle' } as const;

export function invalidState(error: ZodError): { status: 'invalid'; fields: string[] } {
  return { status: 'invalid', fields: [...new Set(error.issues.map((issue) => String(issue.path[0] ?? 'form')))] };
}

export function fieldIsInvalid(state: ActionState<unknown>, field: string): boolean {
  return state.status === 'invalid' && state.fields.includes(field);
}
