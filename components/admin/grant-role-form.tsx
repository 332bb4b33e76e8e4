'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { grantRoleAction } from '@/app/(signed-in)/admin/actions';
import { SelectField, TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { MANAGED_ROLES, roleGrantForm } from '@/lib/domain/admin/admin-schemas';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';

export function GrantRoleForm() {
  const t = useTranslations();
  const { state, pending, form } = useValidatedAction(roleGrantForm, grantRoleAction, { resetOnSave: true });
  const status = useId();
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <TextField
          name="email"
          type="email"
          autoComplete="off"
          required
          label={t('admin.roleHolders.email')}
          error={fieldIsInvalid(state, 'email') ? t('admin.errors.email') : undefined}
        />
        <SelectField
          name="role"
          label={t('admin.roleHolders.role')}
          defaultValue="hr"
          error={fieldIsInvalid(state, 'role') ? t('admin.errors.role') : undefined}
        >
          {MANAGED_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton
          pending={pending}
          label={t('admin.roleHolders.grant')}
          pendingLabel={t('admin.roleHolders.grant')}
        />
      </div>
      <FormStatus id={status} state={state} namespace="admin" saved={t('admin.roleHolders.granted')} />
    </form>
  );
}
