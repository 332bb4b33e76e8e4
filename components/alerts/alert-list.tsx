import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import { getReportFormat } from '@/components/reports/report-format';
import type { AlertEntry } from '@/lib/server/alerts/alerts';
import { AlertOpenForm } from './alert-open-form';

/** A leader's alerts, newest first: what happened, to which team, when, and a button to its page. */
export async function AlertList({ alerts }: { alerts: AlertEntry[] }) {
  const [t, tAll, report, format] = await Promise.all([
    getTranslations('alerts'),
    getTranslations(),
    getReportFormat(),
    getAppFormatter(),
  ]);
  const describe = (alert: AlertEntry) =>
    t(`kind.${alert.kind}`, {
      team: alert.teamName,
      period: alert.period === null ? '' : report.period('month', alert.period),
      line: alert.line === null ? '' : tAll(`lines.${alert.line as 1 | 2 | 3 | 4}.name`),
    });
  if (alerts.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-5">{t('none')}</p>;
  return (
    <div className="space-y-4">
      {alerts.some((alert) => !alert.read) ? (
        <AlertOpenForm alertId="all" label={t('markAllRead')} text={t('markAllRead')} />
      ) : null}
      <ul aria-label={t('list')} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {alerts.map((alert) => (
          <li key={alert.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-read={alert.read}>
            <div className="min-w-0 flex-1">
              <p className={alert.read ? 'text-slate-700' : 'font-semibold text-brand-900'}>
                {alert.read ? null : (
                  <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-900">
                    {t('new')}
                  </span>
                )}
                {describe(alert)}
              </p>
              <p className="text-sm text-slate-600">
                <time dateTime={alert.createdAt.toISOString()}>
                  {format.dateTime(alert.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </p>
            </div>
            <AlertOpenForm alertId={alert.id} label={t('openLabel', { what: describe(alert) })} text={t('open')} />
          </li>
        ))}
      </ul>
    </div>
  );
}
