'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { revokeScimTokenAction } from '@/app/(signed-in)/admin/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { scimTokenRevocationForm } from '@/lib/domain/scim/scim-token-forms';

/** Revokes a token after the admin confirms it, since the identity provider using it stops at once. */
export function RevokeScimTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const t = useTranslations('admin.scim');
  const [confirming, setConfirming] = useState(false);
  const { state, pending, form } = useValidatedAction(scimTokenRevocationForm, revokeScimTokenAction);
  const status = useId();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  if (!confirming)
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={t('revokeLabel', { name })}
        className="rounded-md border border-red-300 bg-white px-3 py-1 font-semibold text-red-800 hover:bg-red-50"
      >
        {t('revoke')}
      </button>
    );
  return (
    <form {...form} aria-describedby={status} className="space-y-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <p ref={question} tabIndex={-1} className="text-red-900">
        {t('confirm', { name })}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} label={t('confirmRevoke')} pendingLabel={t('confirmRevoke')} variant="danger" />
        <button
          type="button"
          onClick={() => setConfirming(false)}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-50"
        >
          {t('cancel')}
        </button>
      </div>
      <FormStatus id={status} state={state} namespace="admin" saved={t('revoked')} />
    </form>
  );
}
