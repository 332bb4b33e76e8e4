import { getTranslations } from 'next-intl/server';
import type { AuditFilter } from '@/lib/domain/admin/admin-schemas';

const CONTROL =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30';

/** A GET form: filters travel in the query string, so a filtered view can be bookmarked. */
export async function AuditFilterForm({
  filter,
  actions,
  entities,
}: {
  filter: AuditFilter;
  actions: string[];
  entities: string[];
}) {
  const t = await getTranslations('audit');
  const select = (name: 'action' | 'entity', options: string[], value: string) => (
    <div className="min-w-48">
      <label htmlFor={`audit-${name}`} className="block text-sm font-medium text-slate-800">
        {t(name)}
      </label>
      <select id={`audit-${name}`} name={name} defaultValue={value} className={CONTROL}>
        <option value="">{t('any')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      aria-label={t('filters')}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {select('action', actions, filter.action)}
      {select('entity', entities, filter.entity)}
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700"
      >
        {t('filter')}
      </button>
    </form>
  );
}
