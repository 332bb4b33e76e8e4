import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import type { ReportViewQuery } from '@/lib/domain/reports/report-view-query';
import { TREND_RANGES } from '@/lib/domain/reports/trend-range';

interface PeriodSwitchProps {
  basePath: string;
  query: ReportViewQuery;
  /** The periods to choose from for the "now" view, newest first; none to leave the choice out. */
  periods?: { value: string; label: string }[];
  /** The period shown now. */
  at?: string | null;
  showRange?: boolean;
}

const hrefOf = (basePath: string, params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `${basePath}?${search.toString()}`;
};

/** Week / month / quarter, the trend's range and the period shown: plain links and a form, so they work without JavaScript. */
export async function PeriodSwitch({ basePath, query, periods = [], at, showRange = true }: PeriodSwitchProps) {
  const t = await getTranslations('trends');
  const option = (current: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${current ? 'bg-brand-600 text-white' : 'bg-white text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50'}`;
  return (
    <div className="mb-6 flex flex-wrap items-end gap-x-6 gap-y-3">
      <nav aria-label={t('switch.period')}>
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600" aria-hidden="true">
          {t('switch.period')}
        </p>
        <ul className="flex gap-1">
          {PERIOD_KINDS.map((kind) => (
            <li key={kind}>
              <Link
                href={hrefOf(basePath, { period: kind, range: query.range })}
                aria-current={kind === query.period ? 'page' : undefined}
                className={option(kind === query.period)}
              >
                {t(`kind.${kind}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {showRange ? (
        <nav aria-label={t('switch.range')}>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600" aria-hidden="true">
            {t('switch.range')}
          </p>
          <ul className="flex gap-1">
            {TREND_RANGES.map((range) => (
              <li key={range}>
                <Link
                  href={hrefOf(basePath, { period: query.period, range, at: query.at })}
                  aria-current={range === query.range ? 'page' : undefined}
                  className={option(range === query.range)}
                >
                  {t(`range.${range}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {periods.length > 0 ? (
        <form method="get" action={basePath} className="flex items-end gap-2">
          <input type="hidden" name="period" value={query.period} />
          <input type="hidden" name="range" value={query.range} />
          <label className="text-sm">
            <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-600">
              {t('switch.at')}
            </span>
            <select
              name="at"
              defaultValue={at ?? undefined}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              {periods.map((period) => (
                <option key={period.value} value={period.value}>
                  {period.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50"
          >
            {t('switch.show')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
