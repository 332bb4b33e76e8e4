'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { addLeadershipAction } from '@/app/(signed-in)/org/structure/actions';
import { TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { leadershipForm } from '@/lib/domain/organisation/organisation-schemas';

/** Names a team's leader or a department's head by email. */
export function LeadershipForm({
  unit,
  unitId,
  label,
}: {
  unit: 'team' | 'department';
  unitId: number;
  label: string;
}) {
  const t = useTranslations('people');
  const { state, pending, form } = useValidatedAction(leadershipForm, addLeadershipAction, { resetOnSave: true });
  const status = useId();
  return (
    <form {...form} noValidate aria-describedby={status} aria-label={label} className="space-y-2">
      <input type="hidden" name="unit" value={unit} />
      <input type="hidden" name="unitId" value={unitId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <TextField
            name="email"
            type="email"
            label={label}
            placeholder={t('structure.email')}
            autoComplete="off"
            required
            error={fieldIsInvalid(state, 'email') ? t('errors.email') : undefined}
          />
        </div>
        <SubmitButton
          pending={pending}
          label={t('structure.add')}
          pendingLabel={t('structure.add')}
          variant="secondary"
        />
      </div>
      <FormStatus id={status} state={state} namespace="people" />
    </form>
  );
}
