import { z } from 'zod';

export const CHAT_CHANNELS = ['teams', 'slack'] as const;
export type ChatChannel = (typeof CHAT_CHANNELS)[number];

const channels = z
  .array(z.enum(CHAT_CHANNELS))
  .transform((chosen) => CHAT_CHANNELS.filter((channel) => chosen.includes(channel)));

/**
 * HR's choice of where the organisation's messages go: invitations and reminders by e-mail and/or
 * in Teams and Slack, and leaders' alert digests also in Teams or Slack (their e-mail is the alert
 * settings' switch). A pulse message needs at least one way to reach people.
 */
export const chatDeliverySchema = z
  .object({ pulseEmail: z.boolean(), pulseChat: channels, alertChat: channels })
  .refine((value) => value.pulseEmail || value.pulseChat.length > 0, { path: ['pulseEmail'], message: 'pulseEmail' });

export type ChatDelivery = z.output<typeof chatDeliverySchema>;

/** Until HR chooses: e-mail only, as before there was chat. */
export const DEFAULT_CHAT_DELIVERY: ChatDelivery = { pulseEmail: true, pulseChat: [], alertChat: [] };

/**
 * Where invitations and reminders go now: the chosen channels this server is configured for, and
 * e-mail when HR kept it or when none of the chosen channels is configured any more, so that a
 * missing secret never leaves everybody without their invitation.
 */
export function pulseChannels(
  setting: ChatDelivery,
  configured: readonly ChatChannel[],
): { email: boolean; chat: ChatChannel[] } {
  const chat = setting.pulseChat.filter((channel) => configured.includes(channel));
  return { email: setting.pulseEmail || chat.length === 0, chat };
}

/** Where leaders' digests go besides e-mail: the chosen channels this server is configured for. */
export function alertChannels(setting: ChatDelivery, configured: readonly ChatChannel[]): ChatChannel[] {
  return setting.alertChat.filter((channel) => configured.includes(channel));
}
