import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/data-table';
import type { RoleHolder } from '@/lib/dal/role-management';
import { RevokeRoleButton } from './revoke-role-button';

export async function RoleHoldersTable({ holders }: { holders: RoleHolder[] }) {
  const t = await getTranslations('admin.roleHolders');
  if (holders.length === 0) return <p className="text-slate-600">{t('none')}</p>;
  return (
    <DataTable compact caption={t('title')} columns={[{ label: t('name') }, { label: t('email') }, { label: t('roles') }]}>
          {holders.map((holder) => (
            <tr key={holder.personId} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 font-medium">{holder.name}</th>
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
            </tr>
          ))}
    </DataTable>
  );
}
