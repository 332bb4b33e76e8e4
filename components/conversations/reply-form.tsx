'use client';
import { useActionState, useId } from 'react';
import { type ActionState, IDLE_STATE } from '@/lib/domain/forms/action-state';
import { MAX_REPLY_LENGTH } from '@/lib/domain/conversations/reply-schema';

export interface ReplyFormLabels {
  label: string;
  help: string;
  send: string;
  sending: string;
  sent: string;
  /** By problem: `empty`, `tooLong`, `unknownComment`, and `failed` for anything else. */
  errors: Record<'empty' | 'tooLong' | 'unknownComment' | 'failed', string>;
}

type ReplyAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

/** What went wrong with a reply, as one of the form's problems; null when nothing did. */
function problemOf(state: ActionState): keyof ReplyFormLabels['errors'] | null {
  if (state.status === 'invalid') {
    const issue = state.issues?.body ?? state.issues?.commentId;
    return issue === 'empty' || issue === 'tooLong' || issue === 'unknownComment' ? issue : 'failed';
  }
  if (state.status === 'refused') return state.reason === 'not_found' ? 'unknownComment' : 'failed';
  return state.status === 'failed' ? 'failed' : null;
}

/** Writes a reply in a comment's conversation; the server checks it again and refuses a hidden comment as an unknown one. */
export function ReplyForm({
  action,
  commentId,
  labels,
}: {
  action: ReplyAction;
  commentId: string;
  labels: ReplyFormLabels;
}) {
  const [state, submit, pending] = useActionState<ActionState, FormData>(action, IDLE_STATE);
  const id = useId();
  const problem = problemOf(state);
  const typed = state.status === 'invalid' || state.status === 'refused' ? state.values?.body : undefined;
  return (
    <form action={submit} noValidate className="mt-3 space-y-2">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">
        {labels.label}
      </label>
      <p id={`${id}-help`} className="text-sm text-slate-600">
        {labels.help}
      </p>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={3}
        maxLength={MAX_REPLY_LENGTH}
        defaultValue={typed ?? ''}
        key={state.status === 'saved' ? state.savedAt : 'editing'}
        aria-invalid={problem === 'empty' || problem === 'tooLong' ? true : undefined}
        aria-describedby={`${id}-help ${id}-status`}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-invalid:border-red-700"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-70"
        >
          {pending ? labels.sending : labels.send}
        </button>
        <p id={`${id}-status`} role="status" aria-live="polite" className="text-sm">
          {problem ? (
            <span className="text-red-800">{labels.errors[problem]}</span>
          ) : state.status === 'saved' ? (
            <span className="text-brand-900">{labels.sent}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
