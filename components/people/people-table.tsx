import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/data-table';
import type { PersonListEntry } from '@/lib/server/people/people-directory';

export async function PeopleTable({ people, caption }: { people: PersonListEntry[]; caption: string }) {
  const t = await getTranslations();
  if (people.length === 0) return null;
  const cell = 'px-4 py-2';
  return (
    <DataTable
      framed
      stackOnPhone
      caption={caption}
      columns={(['name', 'email', 'team', 'roles', 'status'] as const).map((column) => ({
        label: t(`people.list.${column}`),
      }))}
    >
      {people.map((person) => (
        <tr key={person.id} className="border-t border-slate-100">
          <th scope="row" className={`${cell} font-medium`}>
            <Link href={`/org/people/${person.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {person.name}
            </Link>
          </th>
          <td className={cell}>{person.email}</td>
          <td className={cell}>
            {person.teamName ? (
              `${person.teamName} (${person.departmentName})`
            ) : (
              <span className="text-slate-600">{t('people.list.noTeam')}</span>
            )}
          </td>
          <td className={cell}>{person.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
          <td className={cell}>
            {person.active ? (
              t('people.list.active')
            ) : (
              <span className="font-medium text-red-800">{t('people.list.inactive')}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
