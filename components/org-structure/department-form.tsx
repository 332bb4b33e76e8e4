'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { saveDepartmentAction } from '@/app/(signed-in)/org/structure/actions';
import { SelectField, TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { ORGANISATION_NAME_MAX, departmentForm } from '@/lib/domain/organisation/organisation-schemas';

export interface UnitOption {
  id: number;
  label: string;
}

/** Adds a department, or (given one) renames it and places it under another. */
export function DepartmentForm({
  department,
  departments,
}: {
  department?: { id: number; name: string; parentId: number | null };
  departments: UnitOption[];
}) {
  const t = useTranslations('people');
  const { state, pending, form } = useValidatedAction(departmentForm, saveDepartmentAction, {
    resetOnSave: !department,
  });
  const status = useId();
  const label = department ? t('structure.save') : t('structure.create');
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      {department ? <input type="hidden" name="departmentId" value={department.id} /> : null}
      <TextField
        name="name"
        label={t('structure.name')}
        defaultValue={department?.name}
        maxLength={ORGANISATION_NAME_MAX}
        required
        error={fieldIsInvalid(state, 'name') ? t('errors.name') : undefined}
      />
      <SelectField
        name="parentId"
        label={t('structure.parent')}
        defaultValue={department?.parentId ?? ''}
        error={fieldIsInvalid(state, 'parentId') ? t('errors.parentId') : undefined}
      >
        <option value="">{t('structure.topLevel')}</option>
        {departments
          .filter((option) => option.id !== department?.id)
          .map((option) => (
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
