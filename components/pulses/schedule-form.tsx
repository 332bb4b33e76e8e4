'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { saveScheduleAction } from '@/app/(signed-in)/org/pulses/actions';
import { SelectField, TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { pulseScheduleForm } from '@/lib/domain/pulses/pulse-settings-forms';
import { CADENCES, type PulseSchedule } from '@/lib/domain/pulses/schedule';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export function ScheduleForm({ schedule }: { schedule: PulseSchedule }) {
  const t = useTranslations('pulses');
  const { state, pending, form } = useValidatedAction(pulseScheduleForm, saveScheduleAction);
  const status = useId();
  const error = (field: 'cadence' | 'weekday' | 'openDays' | 'startDate' | 'itemsPerLine') =>
    fieldIsInvalid(state, field) ? t(`errors.${field}`) : undefined;
  return (
    <form {...form} noValidate aria-describedby={status} className="grid gap-4 sm:grid-cols-2">
      <SelectField
        name="cadence"
        label={t('schedule.cadence')}
        defaultValue={schedule.cadence}
        error={error('cadence')}
      >
        {CADENCES.map((cadence) => (
          <option key={cadence} value={cadence}>
            {t(`schedule.cadences.${cadence}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="weekday"
        label={t('schedule.weekday')}
        defaultValue={String(schedule.weekday)}
        error={error('weekday')}
      >
        {WEEKDAYS.map((weekday) => (
          <option key={weekday} value={weekday}>
            {t(`schedule.weekdays.${weekday}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        name="openDays"
        type="number"
        min={1}
        max={28}
        label={t('schedule.openDays')}
        hint={t('schedule.openDaysHint')}
        defaultValue={schedule.openDays}
        error={error('openDays')}
      />
      <TextField
        name="itemsPerLine"
        type="number"
        min={1}
        max={4}
        label={t('schedule.itemsPerLine')}
        hint={t('schedule.itemsPerLineHint')}
        defaultValue={schedule.itemsPerLine}
        error={error('itemsPerLine')}
      />
      <TextField
        name="startDate"
        type="date"
        label={t('schedule.startDate')}
        defaultValue={schedule.startDate}
        error={error('startDate')}
      />
      <p className="self-end text-sm text-slate-600">{t('schedule.opensAt')}</p>
      <div className="space-y-3 sm:col-span-2">
        <SubmitButton pending={pending} label={t('schedule.save')} pendingLabel={t('schedule.saving')} />
        <FormStatus id={status} state={state} namespace="pulses" saved={t('schedule.saved')} />
      </div>
    </form>
  );
}
