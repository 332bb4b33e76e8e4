import 'server-only';
import { getDb } from '@/db';
import { ChangeRefused } from '@/lib/domain/change-refused';
import type { ChatChannel, ChatDelivery } from '@/lib/domain/chat/chat-delivery-setting';
import { type ChatDeliveryCounts, countPulseChatDeliveries } from '@/lib/queries/chat/chat-delivery-counts';
import { CHAT_DELIVERY_KEY, loadChatDelivery } from '@/lib/queries/chat/load-chat-delivery';
import { findOpenPulse } from '@/lib/queries/pulses/open-pulse';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { saveSetting } from '@/lib/server/pulses/pulse-settings';
import { configuredChannels, createChatSenders } from './chat-senders';

export interface ChatDeliveryControls {
  setting: ChatDelivery;
  /** The channels this server has the secrets for (its environment). */
  configured: ChatChannel[];
  /** The open pulse's invitations and reminders per channel, in counts; null when no pulse is open. */
  openPulse: Partial<Record<ChatChannel, ChatDeliveryCounts>> | null;
}

/** HR's view of Teams and Slack: what is chosen, what this server can send to, and the open pulse in counts. */
export async function getChatDeliveryControls(
  viewer: Viewer,
  configured = configuredChannels(createChatSenders()),
  now = new Date(),
): Promise<ChatDeliveryControls> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const [setting, pulse] = await Promise.all([loadChatDelivery(db), findOpenPulse(db, now)]);
  return { setting, configured, openPulse: pulse ? await countPulseChatDeliveries(db, pulse.id) : null };
}

/**
 * Chooses where invitations, reminders and digests go from the next message on; audited. A channel
 * this server has no secret for cannot be chosen: its messages would wait for nothing.
 */
export async function saveChatDelivery(
  viewer: Viewer,
  value: ChatDelivery,
  configured = configuredChannels(createChatSenders()),
): Promise<void> {
  assertPermission(viewer, 'org:manage');
  const unconfigured = [...value.pulseChat, ...value.alertChat].filter((channel) => !configured.includes(channel));
  if (unconfigured.length > 0) {
    throw new ChangeRefused(
      'chatChannelNotConfigured',
      `This server is not configured for ${unconfigured.join(' and ')}: set its secret in the environment first.`,
      'invalid_input',
    );
  }
  await saveSetting(viewer, CHAT_DELIVERY_KEY, value, 'chat-delivery.update', loadChatDelivery);
}
