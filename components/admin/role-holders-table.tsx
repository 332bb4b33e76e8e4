import { getTranslations } from 'next-intl/server';
import { roleHolderActivationAction } from '@/app/(signed-in)/admin/actions';
import { DataTable } from '@/components/data-table';
import { PersonActivationForm } from '@/components/people/person-activation-form';
import type { RoleHolder } from '@/lib/server/people/role-management';
import { RevokeRoleButton } from './revoke-role-button';

/** HR and admins with their roles, and their accounts: only an admin deactivates or reactivates them. */
export async function RoleHoldersTable({ holders }: { holders: RoleHolder[] }) {
  const t = await getTranslations('admin.roleHolders');
  if (holders.length === 0) return <p className="text-slate-600">{t('none')}</p>;
  return (
    <DataTable
      compact
      caption={t('title')}
      columns={[{ label: t('name') }, { label: t('email') }, { label: t('roles') }, { label: t('account') }]}
    >
      {holders.map((holder) => (
        <tr key={holder.personId} className="border-t border-slate-100 align-top">
          <th scope="row" className="px-3 py-2 font-medium">
            {holder.name}
            {holder.active ? null : (
              <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-sm font-normal text-slate-700">
                {t('inactive')}
              </span>
            )}
          </th>
          <td className="px-3 py-2">{holder.email}</td>
          <td className="px-3 py-2">
            <ul className="flex flex-wrap gap-3">
              {holder.roles.map((role) => (
                <li key={role}>
                  <RevokeRoleButton personId={holder.personId} name={holder.name} role={role} />
                </li>
              ))}
            </ul>
          </td>
          <td className="px-3 py-2">
            <PersonActivationForm
              personId={holder.personId}
              active={holder.active}
              action={roleHolderActivationAction}
              compact
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
