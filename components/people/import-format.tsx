import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/data-table';
import {
  EXAMPLE_PEOPLE_CSV,
  OPTIONAL_CSV_COLUMNS,
  PEOPLE_CSV_COLUMNS,
} from '@/lib/domain/people-import/people-csv-format';

const COLUMNS = [...PEOPLE_CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS];

const RULES = ['noRemoval', 'noRevoke', 'history', 'passwords'] as const;

/** The documented import format: columns, what the import never does, an example and the template. */
export async function ImportFormat() {
  const t = await getTranslations('people.import');
  return (
    <section aria-labelledby="import-format" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="import-format" className="text-lg font-semibold text-brand-900">
        {t('formatTitle')}
      </h2>
      <p className="mb-3 text-slate-700">{t('formatIntro')}</p>
      <p className="mb-3 text-slate-700">
        {/* A file download, not a page: a plain link, so the browser saves it. */}
        <a
          href="/api/v1/people/import/template"
          download
          className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {t('template')}
        </a>{' '}
        {t('templateIntro')}
      </p>
      <DataTable compact caption={t('formatTitle')} columns={[{ label: t('column') }, { label: t('meaning') }]}>
        {COLUMNS.map((column) => (
          <tr key={column} className="border-t border-slate-100 align-top">
            <th scope="row" className="px-3 py-2 font-mono font-medium">
              {column}
            </th>
            <td className="px-3 py-2">{t(`columns.${column}`)}</td>
          </tr>
        ))}
      </DataTable>
      <h3 className="mt-4 font-semibold text-brand-900">{t('rulesTitle')}</h3>
      <ul className="mt-1 list-disc pl-5 text-slate-700">
        {RULES.map((rule) => (
          <li key={rule}>{t(`rules.${rule}`)}</li>
        ))}
      </ul>
      <h3 className="mt-4 font-semibold text-brand-900">{t('example')}</h3>
      <pre tabIndex={0} className="mt-1 overflow-x-auto rounded-md bg-slate-100 p-3 text-sm">
        {EXAMPLE_PEOPLE_CSV}
      </pre>
    </section>
  );
}
