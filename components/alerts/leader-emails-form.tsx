'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { saveAlertSettingsAction } from '@/app/(signed-in)/alerts/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import type { AlertSettings } from '@/lib/domain/alerts/alert-kinds';
import { type ActionState, IDLE_STATE } from '@/lib/domain/forms/action-state';

/** HR's switch: whether leaders may get alert e-mails at all. Works without JavaScript. */
export function LeaderEmailsForm({ settings }: { settings: AlertSettings }) {
  const t = useTranslations('alerts.settings');
  const [state, action, pending] = useActionState<ActionState, FormData>(saveAlertSettingsAction, IDLE_STATE);
  const status = useId();
  return (
    <form action={action} aria-describedby={status} className="space-y-3">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="leaderEmails"
          defaultChecked={settings.leaderEmails}
          className="size-4 rounded border-slate-400 text-brand-700"
        />
        {t('leaderEmails')}
      </label>
      <SubmitButton pending={pending} label={t('save')} pendingLabel={t('save')} />
      <FormStatus id={status} state={state} namespace="alerts" saved={t('saved')} />
    </form>
  );
}
