'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { personActivationAction } from '@/app/(signed-in)/org/people/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { personActivationForm } from '@/lib/domain/people/person-schemas';

type ActivationAction = (
  previous: ActionState<{ active: boolean }>,
  form: FormData,
) => Promise<ActionState<{ active: boolean }>>;

/**
 * Deactivates an active person (a leaver) or reactivates one who returns: HR's form on a person's
 * page, or an admin's for a holder of HR or admin (`action`, and `compact` in a table row).
 */
export function PersonActivationForm({
  personId,
  active,
  action = personActivationAction,
  compact = false,
}: {
  personId: number;
  active: boolean;
  action?: ActivationAction;
  compact?: boolean;
}) {
  const t = useTranslations('people.person');
  const { state, pending, form } = useValidatedAction(personActivationForm, action);
  const status = useId();
  const label = active ? t('deactivate') : t('reactivate');
  return (
    <form {...form} noValidate aria-describedby={status} className={compact ? 'space-y-1' : 'space-y-3'}>
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="change" value={active ? 'deactivate' : 'reactivate'} />
      {compact ? null : <p className="text-slate-700">{active ? t('deactivateIntro') : t('reactivateIntro')}</p>}
      <SubmitButton pending={pending} label={label} pendingLabel={label} variant={active ? 'danger' : 'primary'} />
      <FormStatus
        id={status}
        state={state}
        namespace="people"
        saved={state.status === 'saved' && state.result.active ? t('reactivated') : t('deactivated')}
      />
    </form>
  );
}
