'use client';
import { useTranslations } from 'next-intl';
import type { ImportListKey, ImportView } from '@/lib/domain/people-import/import-view';

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

/** The dry run's errors with their lines, or the changes it would make (or made). */
export function ImportResult({ view }: { view: ImportView }) {
  const t = useTranslations('people.import');
  if (view.errorCount > 0) {
    return (
      <section aria-labelledby="import-errors" className="rounded-lg border border-red-200 bg-red-50 p-5">
        <h2 id="import-errors" className="text-lg font-semibold text-red-900">
          {t('errorsTitle', { count: view.errorCount })}
        </h2>
        <p className="mb-2 text-red-900">{t('errorsIntro')}</p>
        <ul className="list-disc space-y-1 pl-5 text-red-900">
          {view.errors.map((error, index) => (
            <li key={`${error.line}-${error.problem}-${index}`}>
              <strong>{t('line', { line: error.line })}</strong>:{' '}
              {t(`problems.${error.problem}`, { detail: error.detail ?? '' })}
            </li>
          ))}
        </ul>
        {view.errorCount > view.errors.length ? (
          <p className="mt-2 text-red-900">{t('more', { count: view.errorCount - view.errors.length })}</p>
        ) : null}
      </section>
    );
  }
  const changed = LISTS.filter((key) => view.lists[key].count > 0);
  return (
    <section aria-labelledby="import-plan" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="import-plan" className="text-lg font-semibold text-brand-900">
        {view.applied ? t('appliedTitle') : t('planTitle')}
      </h2>
      {view.applied ? <p className="text-slate-700">{t('appliedIntro')}</p> : null}
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
  );
}
