'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { revokeRoleAction } from '@/app/(signed-in)/admin/actions';
import { FormStatus } from '@/components/forms/form-status';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { type ManagedRole, roleRevocationForm } from '@/lib/domain/admin/admin-schemas';

/** A role someone holds, with a button that revokes it (refused for the last admin, with a message). */
export function RevokeRoleButton({ personId, name, role }: { personId: number; name: string; role: ManagedRole }) {
  const t = useTranslations();
  const { state, pending, form } = useValidatedAction(roleRevocationForm, revokeRoleAction);
  const status = useId();
  const roleName = t(`roles.${role}`);
  return (
    <form {...form} aria-describedby={status} className="inline-flex flex-wrap items-center gap-1">
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="role" value={role} />
      <span className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-900">{roleName}</span>
      <button
        type="submit"
        disabled={pending}
        aria-label={t('admin.roleHolders.revoke', { role: roleName, name })}
        className="rounded px-1.5 text-lg leading-none text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        ×
      </button>
      <FormStatus id={status} state={state} namespace="admin" saved={t('admin.roleHolders.revoked')} />
    </form>
  );
}
