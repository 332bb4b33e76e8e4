import { getTranslations } from 'next-intl/server';
import type { RoleHolder } from '@/lib/dal/role-management';
import { RevokeRoleButton } from './revoke-role-button';

export async function RoleHoldersTable({ holders }: { holders: RoleHolder[] }) {
  const t = await getTranslations('admin.roleHolders');
  if (holders.length === 0) return <p className="text-slate-600">{t('none')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{t('name')}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t('email')}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t('roles')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
