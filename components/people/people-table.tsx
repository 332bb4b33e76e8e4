import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PersonListEntry } from '@/lib/dal/people-directory';

export async function PeopleTable({ people, caption }: { people: PersonListEntry[]; caption: string }) {
  const t = await getTranslations();
  if (people.length === 0) return null;
  const cell = 'px-4 py-2';
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={`${cell} font-semibold`}>{t('people.list.name')}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t('people.list.email')}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t('people.list.team')}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t('people.list.roles')}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t('people.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-t border-slate-100">
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/org/people/${person.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {person.name}
                </Link>
              </th>
              <td className={cell}>{person.email}</td>
              <td className={cell}>{person.teamName ? `${person.teamName} (${person.departmentName})` : <span className="text-slate-600">{t('people.list.noTeam')}</span>}</td>
              <td className={cell}>{person.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
              <td className={cell}>{person.active ? t('people.list.active') : <span className="font-medium text-red-800">{t('people.list.inactive')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
