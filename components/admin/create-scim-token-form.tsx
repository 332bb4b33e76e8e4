'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { createScimTokenAction } from '@/app/(signed-in)/admin/actions';
import { TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { SCIM_TOKEN_NAME_LENGTH, scimTokenCreationForm } from '@/lib/domain/scim/scim-token-forms';
import { NewScimToken } from './new-scim-token';

/** Names and creates a token; the token itself is shown below, this once. */
export function CreateScimTokenForm() {
  const t = useTranslations('admin.scim');
  const errors = useTranslations('admin.errors');
  const { state, pending, form } = useValidatedAction(scimTokenCreationForm, createScimTokenAction, {
    resetOnSave: true,
  });
  const status = useId();
  const created = state.status === 'saved' ? state.result : null;
  return (
    <div className="space-y-3">
      <form {...form} noValidate aria-describedby={status} className="flex flex-wrap items-end gap-3">
        <div className="w-full max-w-sm">
          <TextField
            name="name"
            required
            autoComplete="off"
            maxLength={SCIM_TOKEN_NAME_LENGTH}
            label={t('name')}
            hint={t('nameHint')}
            error={fieldIsInvalid(state, 'name') ? errors('tokenName') : undefined}
          />
        </div>
        <SubmitButton pending={pending} label={t('create')} pendingLabel={t('creating')} />
      </form>
      <FormStatus
        id={status}
        state={state}
        namespace="admin"
        saved={created ? t('created', { name: created.name }) : undefined}
      />
      {created ? <NewScimToken key={created.id} name={created.name} token={created.token} /> : null}
    </div>
  );
}
