import { createTranslator } from 'next-intl';
import type { ChatMessage } from '@/lib/domain/chat/chat-message';
import { formatDate } from '@/lib/domain/i18n/date-format';
import { loadMessages } from '@/lib/domain/i18n/messages';
import type { DigestRecipient } from '@/lib/queries/alerts/claim-digests';
import type { Mail } from '@/lib/server/notifications/mailer';

/** A chat message lists this many alerts, and says how many more the alerts page has. */
const CHAT_LINES = 15;

/** What one person's digest says, in their language: a sentence and a link per alert. */
async function digestContent(recipient: DigestRecipient, appUrl: string) {
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
  const alerts = recipient.alerts.map((alert) => ({
    what: t(`alerts.kind.${alert.kind}`, {
      team: alert.teamName,
      period: monthName(alert.period),
      line: alert.line === null ? '' : t(`lines.${alert.line as 1 | 2 | 3 | 4}.name`),
    }),
    url: `${base}${alert.link}`,
  }));
  return { t, base, alerts };
}

/**
 * One person's digest: a line per alert with its team, month and link, in their language. It says what
 * the linked page shows and no more: no figure, no comment, nobody's name but the reader's.
 */
export async function digestMail(recipient: DigestRecipient, appUrl: string): Promise<Mail> {
  const { t, base, alerts } = await digestContent(recipient, appUrl);
  return {
    to: recipient.email,
    subject: t('alerts.digest.subject'),
    text: [
      `${recipient.name},`,
      '',
      t('alerts.digest.intro'),
      '',
      ...alerts.map((alert) => `- ${alert.what}\n  ${alert.url}`),
      '',
      t('alerts.digest.choose', { url: `${base}/me#alert-preferences` }),
    ].join('\n'),
  };
}

/** The same digest as a chat message: the alerts' sentences (the first fifteen) and a link to the alerts page; no name at all. */
export async function digestChatMessage(recipient: DigestRecipient, appUrl: string): Promise<ChatMessage> {
  const { t, base, alerts } = await digestContent(recipient, appUrl);
  const more = alerts.length - CHAT_LINES;
  return {
    title: t('alerts.digest.subject'),
    lines: [
      t('alerts.digest.intro'),
      ...alerts.slice(0, CHAT_LINES).map((alert) => `• ${alert.what}`),
      ...(more > 0 ? [t('alerts.chat.more', { count: more })] : []),
    ],
    link: { label: t('alerts.chat.open'), url: `${base}/alerts` },
    note: t('alerts.chat.choose', { url: `${base}/me#alert-preferences` }),
  };
}
