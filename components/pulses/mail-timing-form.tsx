'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { saveMailTimingAction } from '@/app/(signed-in)/org/pulses/actions';
import { SelectField, TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import type { MailTiming } from '@/lib/domain/notifications/mail-timing';
import { mailTimingForm } from '@/lib/domain/pulses/pulse-settings-forms';

type Field = keyof MailTiming;

/** When the invitations and the one reminder of each pulse go out, in the organisation's time. */
export function MailTimingForm({ timing }: { timing: MailTiming }) {
  const t = useTranslations('pulses.mail');
  const { state, pending, form } = useValidatedAction(mailTimingForm, saveMailTimingAction);
  const status = useId();
  const error = (field: Field) => (fieldIsInvalid(state, field) ? t(`errors.${field}`) : undefined);
  return (
    <form {...form} noValidate aria-describedby={status} className="grid gap-4 sm:grid-cols-2">
      <SelectField
        name="invitationMode"
        label={t('invitationMode')}
        defaultValue={timing.invitationMode}
        error={error('invitationMode')}
      >
        <option value="opening">{t('invitationModes.opening')}</option>
        <option value="time">{t('invitationModes.time')}</option>
      </SelectField>
      <TextField
        name="invitationTime"
        type="time"
        label={t('invitationTime')}
        hint={t('invitationTimeHint')}
        defaultValue={timing.invitationTime}
        error={error('invitationTime')}
      />
      <SelectField
        name="reminderMode"
        label={t('reminderMode')}
        defaultValue={timing.reminderMode}
        error={error('reminderMode')}
      >
        <option value="before-close">{t('reminderModes.before-close')}</option>
        <option value="day-time">{t('reminderModes.day-time')}</option>
      </SelectField>
      <TextField
        name="reminderHoursBeforeClose"
        type="number"
        min={1}
        max={648}
        label={t('reminderHoursBeforeClose')}
        hint={t('reminderHoursBeforeCloseHint')}
        defaultValue={timing.reminderHoursBeforeClose}
        error={error('reminderHoursBeforeClose')}
      />
      <TextField
        name="reminderDay"
        type="number"
        min={1}
        max={28}
        label={t('reminderDay')}
        hint={t('reminderDayHint')}
        defaultValue={timing.reminderDay}
        error={error('reminderDay')}
      />
      <TextField
        name="reminderTime"
        type="time"
        label={t('reminderTime')}
        hint={t('reminderTimeHint')}
        defaultValue={timing.reminderTime}
        error={error('reminderTime')}
      />
      <div className="space-y-3 sm:col-span-2">
        <SubmitButton pending={pending} label={t('save')} pendingLabel={t('saving')} />
        <FormStatus id={status} state={state} namespace="pulses" saved={t('saved')} />
      </div>
    </form>
  );
}
