'use client';
import { useTranslations } from 'next-intl';
import type { ImportListKey, ImportView } from '@/lib/domain/people-import/import-view';
import { ImportErrors, ImportWarnings } from './import-problems';

const LISTS: ImportListKey[] = [
  'newDepartments',
  'newTeams',
  'newPeople',
  'moved',
  'renamed',
  'reactivated',
  'roleGrants',
  'newLeaders',
];

/** A dry run's errors and warnings with their lines, and the changes of its valid lines (or those made). */
export function ImportResult({ view }: { view: ImportView }) {
  const t = useTranslations('people.import');
  const changed = LISTS.filter((key) => view.lists[key].count > 0);
  const invalid = view.errorCount > 0;
  return (
    <div className="space-y-6">
      {invalid ? <ImportErrors errors={view.errors} count={view.errorCount} /> : null}
      {view.warningCount > 0 ? <ImportWarnings warnings={view.warnings} count={view.warningCount} /> : null}
      <section aria-labelledby="import-plan" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="import-plan" className="text-lg font-semibold text-brand-900">
          {view.applied ? t('appliedTitle') : invalid ? t('planOfValidTitle') : t('planTitle')}
        </h2>
        {view.applied ? <p className="text-slate-700">{t('appliedIntro')}</p> : null}
        {invalid ? <p className="text-slate-700">{t('planOfValidIntro')}</p> : null}
        <p className="text-slate-700">{t('rows', { count: view.rows, unchanged: view.unchanged })}</p>
        {changed.length === 0 ? <p className="mt-2 font-medium">{t('nothingChanges')}</p> : null}
        {changed.map((key) => {
          const list = view.lists[key];
          return (
            <div key={key} className="mt-4">
              <h3 className="font-semibold text-brand-900">{t(key, { count: list.count })}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
                {list.items.map((item, index) => (
                  <li key={`${index}-${item}`}>{item}</li>
                ))}
              </ul>
              {list.count > list.items.length ? (
                <p className="text-sm text-slate-600">{t('more', { count: list.count - list.items.length })}</p>
              ) : null}
            </div>
          );
        })}
      </section>
    </div>
  );
}
