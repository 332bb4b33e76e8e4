import { count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { chatDeliveries } from '@/db/schema';
import type { ChatChannel } from '@/lib/domain/chat/chat-delivery-setting';

export interface ChatDeliveryCounts {
  delivered: number;
  waiting: number;
  failed: number;
}

/** A pulse's invitations and reminders in Teams and Slack, counted per channel and state: never who. */
export async function countPulseChatDeliveries(
  db: Database,
  pulseId: number,
): Promise<Partial<Record<ChatChannel, ChatDeliveryCounts>>> {
  const rows = await db
    .select({ channel: chatDeliveries.channel, status: chatDeliveries.status, count: count() })
    .from(chatDeliveries)
    .where(eq(chatDeliveries.pulseId, pulseId))
    .groupBy(chatDeliveries.channel, chatDeliveries.status);
  const counts: Partial<Record<ChatChannel, ChatDeliveryCounts>> = {};
  for (const row of rows) {
    const channel = (counts[row.channel] ??= { delivered: 0, waiting: 0, failed: 0 });
    channel[row.status] = Number(row.count);
  }
  return counts;
}
