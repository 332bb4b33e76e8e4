'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { recordLeaderAction } from '@/app/(signed-in)/team/actions';
import { type ActionState, IDLE_STATE } from '@/lib/domain/forms/action-state';
import type { LeaderActionField } from '@/lib/domain/leader-actions/leader-action-forms';
import type { LeaderActionError } from '@/lib/domain/leader-actions/leader-action-schema';
import { leaderActionStatus } from './leader-action-status';

interface LeaderActionFormProps {
  teamId: number;
  lines: { value: number; label: string }[];
  defaultLine: number;
  defaultOwner: string;
}

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-invalid:border-red-700';

/** Records what the leader will do about a line; the server checks the input and the team again. */
export function LeaderActionForm({ teamId, lines, defaultLine, defaultOwner }: LeaderActionFormProps) {
  const t = useTranslations('team.actions');
  const [state, action, pending] = useActionState<ActionState, FormData>(recordLeaderAction, IDLE_STATE);
  const typed = state.status === 'saved' || state.status === 'idle' ? undefined : state.values;
  const status = leaderActionStatus(state);
  const errorOf = (field: LeaderActionField) =>
    state.status === 'invalid' ? (state.issues?.[field] as LeaderActionError | undefined) : undefined;
  const described = (field: LeaderActionField) =>
    errorOf(field) ? { 'aria-invalid': true, 'aria-describedby': `action-${field}-error` } : {};
  const fieldError = (field: LeaderActionField) => {
    const key = errorOf(field);
    return key ? (
      <p id={`action-${field}-error`} className="mt-1 text-sm text-red-800">
        {t(`errors.${key}`)}
      </p>
    ) : null;
  };
  return (
    <form
      id="record-action"
      action={action}
      noValidate
      className="scroll-mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h3 className="font-semibold text-brand-900">{t('formTitle')}</h3>
      <input type="hidden" name="teamId" value={teamId} />
      {fieldError('teamId')}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="action-line" className="block text-sm font-medium text-slate-800">
            {t('line')}
          </label>
          <select
            id="action-line"
            name="line"
            defaultValue={typed?.line ?? String(defaultLine)}
            className={inputClass}
            {...described('line')}
          >
            {lines.map((line) => (
              <option key={line.value} value={line.value}>
                {line.label}
              </option>
            ))}
          </select>
          {fieldError('line')}
        </div>
        <div>
          <label htmlFor="action-owner" className="block text-sm font-medium text-slate-800">
            {t('owner')}
          </label>
          <input
            id="action-owner"
            name="owner"
            maxLength={200}
            defaultValue={typed?.owner ?? defaultOwner}
            className={inputClass}
            {...described('owner')}
          />
          {fieldError('owner')}
        </div>
      </div>
      <div>
        <label htmlFor="action-what" className="block text-sm font-medium text-slate-800">
          {t('what')}
        </label>
        <textarea
          id="action-what"
          name="what"
          rows={3}
          defaultValue={typed?.what ?? ''}
          className={inputClass}
          {...described('what')}
        />
        {fieldError('what')}
      </div>
      <div className="sm:w-1/2">
        <label htmlFor="action-due" className="block text-sm font-medium text-slate-800">
          {t('dueDate')}
        </label>
        <input
          id="action-due"
          name="dueDate"
          type="date"
          defaultValue={typed?.dueDate ?? ''}
          className={inputClass}
          {...described('dueDate')}
        />
        {fieldError('dueDate')}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-70"
        >
          {pending ? t('saving') : t('save')}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={status === 'saved' ? 'text-sm text-brand-700' : 'text-sm text-red-800'}
        >
          {status === null ? '' : t(`status.${status}`)}
        </p>
      </div>
    </form>
  );
}
