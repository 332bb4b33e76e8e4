import { getLocale, getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import type { PulseSettings } from '@/lib/server/pulses/pulse-settings';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { upcomingOpenings } from '@/lib/domain/pulses/upcoming-openings';

/** When the next pulse opens and closes, what it asks, and when the schedule opens after it. */
export async function NextPulsePreview({ settings }: { settings: PulseSettings }) {
  const [t, lines, format, locale] = await Promise.all([
    getTranslations('pulses.preview'),
    getTranslations('lines'),
    getAppFormatter(),
    getLocale(),
  ]);
  const { nextPulse, schedule } = settings;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'full', timeStyle: 'short' });
  const later = upcomingOpenings(schedule, nextPulse.opensAt, 2).map((date) =>
    format.dateTime(date, { dateStyle: 'long' }),
  );
  return (
    <section aria-labelledby="next-pulse" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 id="next-pulse" className="text-lg font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mt-1" data-testid="next-pulse-window">
        {t('window', { opensAt: when(nextPulse.opensAt), closesAt: when(nextPulse.closesAt) })}
      </p>
      <p className="text-sm text-slate-700" data-testid="next-pulse-after">
        {t('after', { dates: format.list(later, { type: 'conjunction' }) })}
      </p>
      {nextPulse.items.length === 0 ? (
        <p className="mt-3 font-medium text-red-800">{t('noQuestions')}</p>
      ) : (
        <>
          <p className="mt-3 text-sm font-medium">{t('questions', { count: nextPulse.items.length })}</p>
          <ol className="mt-2 space-y-2">
            {CONNECTION_LINES.flatMap((line) =>
              nextPulse.items
                .filter((item) => item.line === line)
                .map((item) => (
                  <li key={item.id} className="rounded-md bg-white p-3 text-sm shadow-sm">
                    <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                      {line} · {lines(`${line}.name`)}
                    </p>
                    <p lang="nl" className={locale === 'nl' ? 'font-medium' : undefined}>
                      {item.textNl}
                    </p>
                    <p lang="en" className={locale === 'en' ? 'font-medium' : 'text-slate-600'}>
                      {item.textEn}
                    </p>
                  </li>
                )),
            )}
          </ol>
        </>
      )}
    </section>
  );
}
