'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { type AnonymityThresholds, LOWEST_MIN_GROUP_SIZE } from '@/lib/domain/anonymity/thresholds';
import { type ActionState, fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { anonymityThresholdsForm } from '@/lib/domain/pulses/pulse-settings-forms';

/** HR's form raises the thresholds; the admin's (the same form, another action) may also lower them. */
export function ThresholdsForm({
  thresholds,
  action,
}: {
  thresholds: AnonymityThresholds;
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations('pulses');
  const { state, pending, form } = useValidatedAction(anonymityThresholdsForm, action);
  const status = useId();
  return (
    <form {...form} noValidate aria-describedby={status} className="grid gap-4 sm:grid-cols-2">
      <TextField
        name="minGroupSize"
        type="number"
        min={LOWEST_MIN_GROUP_SIZE}
        label={t('thresholds.minGroupSize')}
        hint={t('thresholds.minGroupSizeHint')}
        defaultValue={thresholds.minGroupSize}
        error={fieldIsInvalid(state, 'minGroupSize') ? t('errors.minGroupSize') : undefined}
      />
      <TextField
        name="commentMinGroupSize"
        type="number"
        min={LOWEST_MIN_GROUP_SIZE}
        label={t('thresholds.commentMinGroupSize')}
        hint={t('thresholds.commentMinGroupSizeHint')}
        defaultValue={thresholds.commentMinGroupSize}
        error={fieldIsInvalid(state, 'commentMinGroupSize') ? t('errors.commentMinGroupSize') : undefined}
      />
      <div className="space-y-3 sm:col-span-2">
        <SubmitButton pending={pending} label={t('thresholds.save')} pendingLabel={t('thresholds.save')} />
        <FormStatus id={status} state={state} namespace="pulses" saved={t('thresholds.saved')} />
      </div>
    </form>
  );
}
