import type { Database } from '@/db/client';
import type { ChatChannel } from '@/lib/domain/chat/chat-delivery-setting';
import { pulseChatMessage } from '@/lib/domain/chat/chat-message';
import type { PulseMessageKind } from '@/lib/domain/notifications/pulse-message-text';
import { type QueuedChatMessage, queueChatMessages } from '@/lib/queries/chat/chat-deliveries';
import { readLocales } from '@/lib/queries/notifications/due-notifications';

/**
 * Queues a pulse's invitation or reminder in each channel for the people claimed for it, in their
 * language. A person queued before (a claim given back after a failed e-mail and claimed again) is
 * not queued twice. Returns how many messages were queued.
 */
export async function queuePulseMessages(
  db: Database,
  channels: ChatChannel[],
  pulse: { id: number; closesAt: Date },
  kind: PulseMessageKind,
  personIds: number[],
  appUrl: string,
): Promise<number> {
  if (channels.length === 0 || personIds.length === 0) return 0;
  const locales = await readLocales(db, personIds);
  const messages = {
    nl: pulseChatMessage(kind, 'nl', pulse.closesAt, appUrl),
    en: pulseChatMessage(kind, 'en', pulse.closesAt, appUrl),
  };
  const rows: QueuedChatMessage[] = [];
  for (const personId of personIds) {
    const locale = locales.get(personId);
    if (!locale) continue;
    for (const channel of channels) {
      rows.push({
        channel,
        personId,
        kind,
        pulseId: pulse.id,
        key: `pulse:${pulse.id}:${kind}`,
        message: messages[locale],
      });
    }
  }
  return queueChatMessages(db, rows);
}
