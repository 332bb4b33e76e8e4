'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { type ActionDoneState, markLeaderActionDone } from '@/lib/server/team/leader-action-server-actions';

/** Marks one action done, or open again. */
export function ActionDoneToggle({ actionId, done, what }: { actionId: number; done: boolean; what: string }) {
  const t = useTranslations('team.actions');
  const [state, action, pending] = useActionState<ActionDoneState, FormData>(markLeaderActionDone, { status: 'idle' });
  const label = done ? t('reopen') : t('markDone');
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="done" value={String(!done)} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${label}: ${what}`}
        className="rounded-md bg-white px-3 py-1 text-sm font-medium text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50 disabled:opacity-70"
      >
        {label}
      </button>
      {state.status !== 'idle' && state.status !== 'saved' ? (
        <span role="alert" className="text-sm text-red-800">
          {t(`status.${state.status}`)}
        </span>
      ) : null}
    </form>
  );
}
