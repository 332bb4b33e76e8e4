import { getTranslations } from 'next-intl/server';
import { PEOPLE_STATUSES, type PeopleSearch } from '@/lib/domain/people/person-schemas';

const CONTROL =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30';

/** A plain GET form: the search runs on the server and the query string keeps it bookmarkable. */
export async function PeopleSearchForm({ search }: { search: PeopleSearch }) {
  const t = await getTranslations('people.search');
  return (
    <form
      method="get"
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="people-q" className="block text-sm font-medium text-slate-800">
          {t('label')}
        </label>
        <input id="people-q" name="q" type="search" defaultValue={search.q} maxLength={100} className={CONTROL} />
      </div>
      <div>
        <label htmlFor="people-status" className="block text-sm font-medium text-slate-800">
          {t('status')}
        </label>
        <select id="people-status" name="status" defaultValue={search.status} className={CONTROL}>
          {PEOPLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700"
      >
        {t('submit')}
      </button>
    </form>
  );
}
