import { type FormEvent, startTransition, useActionState, useEffect, useRef } from 'react';
import type { z } from 'zod';
import { type ActionState, IDLE_STATE, invalidState } from '@/lib/domain/forms/action-state';
import type { FormContract } from '@/lib/domain/forms/form-contract';

type ServerAction<Result> = (previous: ActionState<Result>, form: FormData) => Promise<ActionState<Result>>;

/**
 * useActionState for a form that is checked first in the browser with the same contract the
 * server action checks again. Submitting through onSubmit (not the form's action) keeps what
 * the person typed when it is refused; `resetOnSave` empties a form that adds something once saved.
 */
export function useValidatedAction<Schema extends z.ZodType, Result>(
  contract: FormContract<Schema>,
  action: ServerAction<Result>,
  options: { resetOnSave?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState<ActionState<Result>, FormData>(async (previous, form) => {
    const parsed = contract.schema.safeParse(contract.read(form));
    if (!parsed.success) return invalidState(parsed.error);
    return action(previous, form);
  }, IDLE_STATE);
  const ref = useRef<HTMLFormElement>(null);
  const { resetOnSave = false } = options;
  useEffect(() => {
    if (resetOnSave && state.status === 'saved') ref.current?.reset();
  }, [resetOnSave, state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  }

  return { state, pending, form: { ref, onSubmit } };
}
