import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { auditActionLabel } from '@/lib/domain/audit/audit-action-label';
import { AUDIT_ACTIONS } from '@/lib/domain/audit/audit-actions';
import { type AuditFilter, auditFilterQuery } from '@/lib/domain/audit/audit-filter';
import { requestAuditWording } from '@/lib/server/admin/request-audit-wording';

const CONTROL =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30';
const LABEL = 'block text-sm font-medium text-slate-800';

/**
 * A GET form: the filters travel in the query string, so a filtered view can be bookmarked and
 * shared; the export link downloads what the filters find.
 */
export async function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  const [t, wording] = await Promise.all([getTranslations(), requestAuditWording()]);
  const actions = AUDIT_ACTIONS.map((action) => ({ action, label: auditActionLabel(wording, action) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  const exportQuery = auditFilterQuery({ ...filter, page: 1 });
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label={t('audit.filters')}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
    >
      <div>
        <label htmlFor="audit-person" className={LABEL}>
          {t('audit.person')}
        </label>
        <input
          id="audit-person"
          name="person"
          type="search"
          defaultValue={filter.person}
          maxLength={200}
          aria-describedby="audit-person-hint"
          className={CONTROL}
        />
        <p id="audit-person-hint" className="mt-1 text-xs text-slate-600">
          {t('audit.personHint')}
        </p>
      </div>
      <div>
        <label htmlFor="audit-action" className={LABEL}>
          {t('audit.action')}
        </label>
        <select id="audit-action" name="action" defaultValue={filter.action} className={CONTROL}>
          <option value="">{t('audit.any')}</option>
          {actions.map(({ action, label }) => (
            <option key={action} value={action}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {(['from', 'to'] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`audit-${name}`} className={LABEL}>
            {t(`audit.${name}`)}
          </label>
          <input id={`audit-${name}`} name={name} type="date" defaultValue={filter[name]} className={CONTROL} />
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          {t('audit.filter')}
        </button>
        <Link href="/admin/audit" className="text-brand-700 underline hover:text-brand-900">
          {t('audit.clear')}
        </Link>
        <a
          href={`/api/v1/export/audit.csv${exportQuery ? `?${exportQuery}` : ''}`}
          download
          className="text-brand-700 underline hover:text-brand-900"
        >
          {t('audit.export')}
        </a>
      </div>
    </form>
  );
}
