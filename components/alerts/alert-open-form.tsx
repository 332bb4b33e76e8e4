'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { openAlertAction } from '@/app/(signed-in)/alerts/actions';
import { type ActionState, IDLE_STATE, genericRefusal } from '@/lib/domain/forms/action-state';

/** Opens one alert (marking it read), or marks them all read; works without JavaScript. */
export function AlertOpenForm({ alertId, label, text }: { alertId: number | 'all'; label: string; text: string }) {
  const t = useTranslations('alerts');
  const [state, action, pending] = useActionState<ActionState, FormData>(openAlertAction, IDLE_STATE);
  const problem = problemOf(state);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {alertId === 'all' ? (
        <input type="hidden" name="all" value="on" />
      ) : (
        <input type="hidden" name="alertId" value={alertId} />
      )}
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded-md bg-white px-3 py-1 text-sm font-medium text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50 disabled:opacity-70"
      >
        {text}
      </button>
      {problem ? (
        <span role="alert" className="text-sm text-red-800">
          {t(`form.${problem}`)}
        </span>
      ) : null}
    </form>
  );
}

function problemOf(state: ActionState): 'invalid' | 'failed' | 'forbidden' | 'notFound' | null {
  if (state.status === 'invalid' || state.status === 'failed') return state.status;
  if (state.status === 'refused') return genericRefusal(state.reason) ?? 'forbidden';
  return null;
}
