import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import { DataTable } from '@/components/data-table';
import type { PersonDetails } from '@/lib/server/people/person-details';

/** Every stay in a team, newest first: a move closes one stay and opens the next, nothing is overwritten. */
export async function TeamHistoryTable({ history }: { history: PersonDetails['history'] }) {
  const [t, format] = await Promise.all([getTranslations('people'), getAppFormatter()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: 'medium' });
  return (
    <DataTable
      framed
      caption={t('person.historyTitle')}
      columns={[
        { label: t('list.team') },
        { label: t('list.department') },
        { label: t('person.from') },
        { label: t('person.to') },
      ]}
    >
      {history.map((stay) => (
        <tr key={stay.id} className="border-t border-slate-100">
          <th scope="row" className="px-4 py-2 font-medium">
            {stay.teamName}
          </th>
          <td className="px-4 py-2">{stay.departmentName}</td>
          <td className="px-4 py-2 tabular-nums">{day(stay.validFrom)}</td>
          <td className="px-4 py-2 tabular-nums">{stay.validTo ? day(stay.validTo) : t('person.now')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
