import type { Database } from '@/db/client';
import { alertChannels } from '@/lib/domain/chat/chat-delivery-setting';
import { loadAlertSettings } from '@/lib/queries/alerts/alert-preferences';
import { claimDigests } from '@/lib/queries/alerts/claim-digests';
import { generateAlerts } from '@/lib/queries/alerts/generate-alerts';
import { queueChatMessages } from '@/lib/queries/chat/chat-deliveries';
import { loadChatDelivery } from '@/lib/queries/chat/load-chat-delivery';
import { type ChatSenders, configuredChannels, createChatSenders } from '@/lib/server/chat/chat-senders';
import type { Mailer } from '@/lib/server/notifications/mailer';
import { digestChatMessage, digestMail } from './digest-mail';

/**
 * The periodic job's alert step: alerts what was published and not alerted yet, then sends each
 * person one digest of their alerts no digest has taken, of the kinds they chose, when they chose
 * e-mails and HR lets leaders get them, and queues it for Teams or Slack when HR chose those for
 * digests (the leader's own choice of kinds and of a digest at all holds there too). Nothing new,
 * no e-mail. A job without a viewer: its caller hands it the database. Returns how many digest
 * e-mails were sent.
 */
export async function sendAlertDigests(
  db: Database,
  mailer: Mailer,
  appUrl: string,
  senders: ChatSenders = createChatSenders(),
): Promise<number> {
  await generateAlerts(db);
  const [{ leaderEmails }, chatDelivery] = await Promise.all([loadAlertSettings(db), loadChatDelivery(db)]);
  const recipients = await claimDigests(db);
  const channels = alertChannels(chatDelivery, configuredChannels(senders));
  if (channels.length > 0) {
    const messages = await Promise.all(recipients.map((recipient) => digestChatMessage(recipient, appUrl)));
    await queueChatMessages(
      db,
      recipients.flatMap((recipient, index) =>
        channels.map((channel) => ({
          channel,
          personId: recipient.personId,
          kind: 'alerts' as const,
          pulseId: null,
          key: `alerts:${recipient.firstAlertId}`,
          message: messages[index]!,
        })),
      ),
    );
  }
  if (!leaderEmails) return 0;
  for (const recipient of recipients) await mailer.send(await digestMail(recipient, appUrl));
  return recipients.length;
}
