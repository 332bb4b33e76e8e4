'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { retireItemAction } from '@/app/(signed-in)/org/pulses/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { surveyItemReferenceForm } from '@/lib/domain/pulses/survey-item-schemas';

export function RetireItemForm({ itemId }: { itemId: number }) {
  const t = useTranslations('pulses.item');
  const { state, pending, form } = useValidatedAction(surveyItemReferenceForm, retireItemAction);
  const status = useId();
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      <input type="hidden" name="itemId" value={itemId} />
      <p className="text-slate-700">{t('retireIntro')}</p>
      <SubmitButton pending={pending} label={t('retire')} pendingLabel={t('retire')} variant="danger" />
      <FormStatus id={status} state={state} namespace="pulses" saved={t('retiredNote')} />
    </form>
  );
}
