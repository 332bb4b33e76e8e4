import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { DepartmentComparison } from '@/lib/server/reports/department-comparison';
import { COMPARISON_LIMITS } from '@/lib/domain/heatmap-views/comparison-choice';
import { type OrgViewQuery, orgViewHref, orgViewSearch } from '@/lib/domain/heatmap-views/org-view-query';

interface ComparisonFormProps {
  comparison: DepartmentComparison;
  /** The view on screen; the form keeps it and adds the departments ticked. */
  query: OrgViewQuery;
  basePath: string;
}

export const COMPARISON_ANCHOR = 'compare';

/** Tick two to five departments: a GET form, so it works without JavaScript and the comparison can be linked to. */
export async function ComparisonForm({ comparison, query, basePath }: ComparisonFormProps) {
  const t = await getTranslations('org.compare');
  const kept = [...orgViewSearch({ ...query, compare: null }).entries()];
  const chosen = new Set(query.compare ?? []);
  const problem = comparison.choice && !comparison.choice.ok ? comparison.choice.problem : null;
  return (
    <form
      method="get"
      action={`${basePath}#${COMPARISON_ANCHOR}`}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {kept.map(([name, value]) => (
        <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="compare" value="1" />
      <fieldset aria-describedby={problem ? 'compare-problem' : undefined}>
        <legend className="font-semibold text-brand-900">{t('legend', COMPARISON_LIMITS)}</legend>
        {problem ? (
          <p
            id="compare-problem"
            role="alert"
            className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
          >
            {t(problem, COMPARISON_LIMITS)}
          </p>
        ) : null}
        <ul className="mt-3 grid gap-x-6 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
          {comparison.options.map((department) => (
            <li key={department.id} style={{ paddingLeft: `${department.depth * 1.25}rem` }}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="department"
                  value={department.id}
                  defaultChecked={chosen.has(department.id)}
                  className="h-4 w-4 accent-brand-600"
                />
                {department.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t('submit')}
        </button>
        {query.compare ? (
          <Link
            href={orgViewHref(basePath, { ...query, compare: null })}
            className="text-sm font-medium text-brand-700 underline underline-offset-2"
          >
            {t('clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
