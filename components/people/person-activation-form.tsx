'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { personActivationAction } from '@/app/(signed-in)/org/people/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { personActivationForm } from '@/lib/people/person-schemas';

/** Deactivates an active person (a leaver) or reactivates one who returns. */
export function PersonActivationForm({ personId, active }: { personId: number; active: boolean }) {
  const t = useTranslations('people.person');
  const { state, pending, form } = useValidatedAction(personActivationForm, personActivationAction);
  const status = useId();
  const label = active ? t('deactivate') : t('reactivate');
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="change" value={active ? 'deactivate' : 'reactivate'} />
      <p className="text-slate-700">{active ? t('deactivateIntro') : t('reactivateIntro')}</p>
      <SubmitButton pending={pending} label={label} pendingLabel={label} variant={active ? 'danger' : 'primary'} />
      <FormStatus id={status} state={state} namespace="people" saved={state.status === 'saved' && state.result.active ? t('reactivated') : t('deactivated')} />
    </form>
  );
}
