'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { markLeaderActionDone } from '@/app/(signed-in)/team/actions';
import { type ActionState, IDLE_STATE } from '@/lib/domain/forms/action-state';
import { leaderActionStatus } from './leader-action-status';

/** Marks one action done, or open again. */
export function ActionDoneToggle({ actionId, done, what }: { actionId: number; done: boolean; what: string }) {
  const t = useTranslations('team.actions');
  const [state, action, pending] = useActionState<ActionState, FormData>(markLeaderActionDone, IDLE_STATE);
  const status = leaderActionStatus(state);
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
      {status !== null && status !== 'saved' ? (
        <span role="alert" className="text-sm text-red-800">
          {t(`status.${status}`)}
        </span>
      ) : null}
    </form>
  );
}
