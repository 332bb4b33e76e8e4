import type { Database } from '@/db/client';
import { pulseChannels } from '@/lib/domain/chat/chat-delivery-setting';
import type { PulseMessageKind } from '@/lib/domain/notifications/pulse-message-text';
import { loadChatDelivery } from '@/lib/queries/chat/load-chat-delivery';
import { claimNotifications } from '@/lib/queries/notifications/due-notifications';
import { type ChatSenders, configuredChannels } from '@/lib/server/chat/chat-senders';
import { queuePulseMessages } from '@/lib/server/chat/queue-pulse-messages';
import { deliverClaimed } from './deliver-claimed';
import type { Mailer } from './mailer';

export interface PulseOutbox {
  mailer: Mailer;
  senders: ChatSenders;
  appUrl: string;
}

export interface PulseDelivery {
  /** E-mails that went out now. */
  sent: number;
  /** E-mails that could not be sent: given back for the next run. */
  failed: number;
  /** Messages queued for Teams and Slack, which the job delivers (lib/server/chat/deliver-chat-messages.ts). */
  chat: number;
}

/**
 * Claims a pulse's invitation or reminder for whoever is due one (`pulse_notifications`: once per
 * pulse, person and kind), then queues it in the chat channels HR chose and sends it by e-mail when
 * HR kept e-mail. The chat messages are queued first, so that they are stored before any e-mail
 * goes out, whatever happens to the run.
 */
export async function deliverPulseMessages(
  db: Database,
  outbox: PulseOutbox,
  pulse: { id: number; opensAt: Date; closesAt: Date },
  kind: PulseMessageKind,
): Promise<PulseDelivery> {
  const claimed = await claimNotifications(db, pulse, kind);
  const channels = pulseChannels(await loadChatDelivery(db), configuredChannels(outbox.senders));
  const chat = await queuePulseMessages(db, channels.chat, pulse, kind, claimed, outbox.appUrl);
  const mail = channels.email
    ? await deliverClaimed(db, outbox.mailer, outbox.appUrl, pulse, kind, claimed)
    : { sent: 0, failed: 0 };
  return { ...mail, chat };
}
