import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import type { MailControls } from '@/lib/server/notifications/pulse-mail-controls';
import { SendReminderForm } from './send-reminder-form';

/** The open pulse's e-mails in counts of the whole organisation, never names, with "send the reminder now". */
export async function OpenPulseMailStatus({ controls }: { controls: MailControls }) {
  const [t, format] = await Promise.all([getTranslations('pulses.mail'), getAppFormatter()]);
  const { open, minGroupSize } = controls;
  if (!open) return <p className="text-slate-700">{t('noOpenPulse')}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'full', timeStyle: 'short' });
  const counts = [
    { key: 'inPulse', value: format.number(open.inPulse) },
    { key: 'invited', value: format.number(open.invited) },
    { key: 'reminded', value: format.number(open.reminded) },
    {
      key: 'answered',
      value: open.answered === null ? t('fewerThanK', { k: minGroupSize }) : format.number(open.answered),
    },
  ] as const;
  return (
    <div className="space-y-4">
      <p data-testid="open-pulse-window">
        {t('openWindow', { opensAt: when(open.opensAt), closesAt: when(open.closesAt) })}
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="open-pulse-counts">
        {counts.map(({ key, value }) => (
          <div key={key} className="rounded-md bg-slate-50 p-3">
            <dt className="text-sm text-slate-700">{t(`counts.${key}`)}</dt>
            <dd className="text-xl font-semibold tabular-nums text-brand-900" data-testid={`count-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">
        {t('answeredNote', { k: minGroupSize, asOf: format.dateTime(open.asOf, { timeStyle: 'short' }) })}
      </p>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{t('invitationAt', { when: when(open.invitationDueAt) })}</li>
        <li>{t('reminderAt', { when: when(open.reminderDueAt) })}</li>
      </ul>
      <SendReminderForm pulseId={open.pulseId} />
    </div>
  );
}
