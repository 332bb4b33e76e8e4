import { createTranslator } from 'next-intl';
import { formatDate } from '@/lib/domain/i18n/date-format';
import { loadMessages } from '@/lib/domain/i18n/messages';
import type { DigestRecipient } from '@/lib/queries/alerts/claim-digests';
import type { Mail } from '@/lib/server/notifications/mailer';

/**
 * One person's digest: a line per alert with its team, month and link, in their language. It says what
 * the linked page shows and no more: no figure, no comment, nobody's name but the reader's.
 */
export async function digestMail(recipient: DigestRecipient, appUrl: string): Promise<Mail> {
  const t = createTranslator({ locale: recipient.locale, messages: await loadMessages(recipient.locale) });
  const base = appUrl.replace(/\/$/, '');
  const monthName = (period: string | null) =>
    period === null
      ? ''
      : formatDate(`${period}-15T12:00:00Z`, recipient.locale, {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
  const lines = recipient.alerts.map((alert) => {
    const what = t(`alerts.kind.${alert.kind}`, {
      team: alert.teamName,
      period: monthName(alert.period),
      line: alert.line === null ? '' : t(`lines.${alert.line as 1 | 2 | 3 | 4}.name`),
    });
    return `- ${what}\n  ${base}${alert.link}`;
  });
  return {
    to: recipient.email,
    subject: t('alerts.digest.subject'),
    text: [
      `${recipient.name},`,
      '',
      t('alerts.digest.intro'),
      '',
      ...lines,
      '',
      t('alerts.digest.choose', { url: `${base}/me#alert-preferences` }),
    ].join('\n'),
  };
}
