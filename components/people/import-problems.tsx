'use client';
import { useTranslations } from 'next-intl';
import type { ImportRowError, ImportRowWarning } from '@/lib/domain/people-import/people-csv-format';

/** Problems whose message names the candidates itself; for the others, candidates are a suggestion. */
const NAMES_CANDIDATES = new Set(['ambiguousDepartment', 'ambiguousTeam']);

/** Every error of every line of a dry run, and after them how many more the page leaves out. */
export function ImportErrors({ errors, count }: { errors: ImportRowError[]; count: number }) {
  const t = useTranslations('people.import');
  return (
    <section aria-labelledby="import-errors" className="rounded-lg border border-red-200 bg-red-50 p-5">
      <h2 id="import-errors" className="text-lg font-semibold text-red-900">
        {t('errorsTitle', { count })}
      </h2>
      <p className="mb-2 text-red-900">{t('errorsIntro')}</p>
      <ul className="list-disc space-y-1 pl-5 text-red-900">
        {errors.map((error, index) => {
          const candidates = (error.candidates ?? []).join('; ');
          const values = { detail: error.detail ?? '', candidates };
          return (
            <li key={`${error.line}-${error.problem}-${index}`}>
              <strong>{t('line', { line: error.line })}</strong>: {t(`problems.${error.problem}`, values)}
              {candidates !== '' && !NAMES_CANDIDATES.has(error.problem) ? ` ${t('didYouMean', values)}` : null}
            </li>
          );
        })}
      </ul>
      {count > errors.length ? (
        <p className="mt-2 text-red-900">{t('more', { count: count - errors.length })}</p>
      ) : null}
    </section>
  );
}

/** New names that resemble existing ones: the import may go ahead, but HR should look first. */
export function ImportWarnings({ warnings, count }: { warnings: ImportRowWarning[]; count: number }) {
  const t = useTranslations('people.import');
  return (
    <section aria-labelledby="import-warnings" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="import-warnings" className="text-lg font-semibold text-amber-950">
        {t('warningsTitle', { count })}
      </h2>
      <p className="mb-2 text-amber-950">{t('warningsIntro')}</p>
      <ul className="list-disc space-y-1 pl-5 text-amber-950">
        {warnings.map((warning, index) => (
          <li key={`${warning.line}-${warning.warning}-${index}`}>
            <strong>{t('line', { line: warning.line })}</strong>:{' '}
            {t(`warnings.${warning.warning}`, { detail: warning.detail, candidates: warning.candidates.join('; ') })}
          </li>
        ))}
      </ul>
      {count > warnings.length ? (
        <p className="mt-2 text-amber-950">{t('more', { count: count - warnings.length })}</p>
      ) : null}
    </section>
  );
}
