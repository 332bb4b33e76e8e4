'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { sendReminderNowAction } from '@/app/(signed-in)/org/pulses/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { sendReminderForm } from '@/lib/domain/pulses/pulse-settings-forms';

/** "Send the reminder now" for the open pulse, and how many it reached, in counts. */
export function SendReminderForm({ pulseId }: { pulseId: number }) {
  const t = useTranslations('pulses.mail');
  const { state, pending, form } = useValidatedAction(sendReminderForm, sendReminderNowAction);
  const status = useId();
  const result = state.status === 'saved' ? state.result : null;
  const saved = result
    ? [
        result.sent > 0 ? t('sentNow', { count: result.sent }) : result.chat > 0 ? '' : t('nobodyLeft'),
        result.chat > 0 ? t('chatQueuedNow', { count: result.chat }) : '',
        result.failed > 0 ? t('failedNow', { count: result.failed }) : '',
      ]
        .join(' ')
        .trim()
    : undefined;
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      <input type="hidden" name="pulseId" value={pulseId} />
      <p className="text-sm text-slate-600">{t('sendNowHint')}</p>
      <SubmitButton pending={pending} label={t('sendNow')} pendingLabel={t('sending')} variant="secondary" />
      <FormStatus
        id={status}
        state={state}
        namespace="pulses"
        saved={saved}
        savedIsProblem={(result?.failed ?? 0) > 0}
      />
    </form>
  );
}
