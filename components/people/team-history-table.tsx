import { getFormatter, getTranslations } from 'next-intl/server';
import type { PersonDetails } from '@/lib/dal/person-details';

/** Every stay in a team, newest first: a move closes one stay and opens the next, nothing is overwritten. */
export async function TeamHistoryTable({ history }: { history: PersonDetails['history'] }) {
  const [t, format] = await Promise.all([getTranslations('people'), getFormatter()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: 'medium' });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('person.historyTitle')}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">{t('list.team')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('list.department')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('person.from')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('person.to')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((stay) => (
            <tr key={stay.id} className="border-t border-slate-100">
              <th scope="row" className="px-4 py-2 font-medium">{stay.teamName}</th>
              <td className="px-4 py-2">{stay.departmentName}</td>
              <td className="px-4 py-2 tabular-nums">{day(stay.validFrom)}</td>
              <td className="px-4 py-2 tabular-nums">{stay.validTo ? day(stay.validTo) : t('person.now')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
