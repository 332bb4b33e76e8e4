'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { saveTeamAction } from '@/app/(signed-in)/org/structure/actions';
import { SelectField, TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { ORGANISATION_NAME_MAX, teamForm } from '@/lib/domain/organisation/organisation-schemas';
import type { UnitOption } from './department-form';

/** Adds a team, or (given one) renames it or moves it to another department. */
export function TeamForm({
  team,
  departments,
}: {
  team?: { id: number; name: string; departmentId: number };
  departments: UnitOption[];
}) {
  const t = useTranslations('people');
  const { state, pending, form } = useValidatedAction(teamForm, saveTeamAction, { resetOnSave: !team });
  const status = useId();
  const label = team ? t('structure.save') : t('structure.create');
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      {team ? <input type="hidden" name="teamId" value={team.id} /> : null}
      <TextField
        name="name"
        label={t('structure.name')}
        defaultValue={team?.name}
        maxLength={ORGANISATION_NAME_MAX}
        required
        error={fieldIsInvalid(state, 'name') ? t('errors.name') : undefined}
      />
      <SelectField
        name="departmentId"
        label={t('structure.department')}
        defaultValue={team?.departmentId ?? ''}
        required
        error={fieldIsInvalid(state, 'departmentId') ? t('errors.departmentId') : undefined}
      >
        {team ? null : <option value="">—</option>}
        {departments.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={pending} label={label} pendingLabel={label} />
      <FormStatus id={status} state={state} namespace="people" />
    </form>
  );
}
