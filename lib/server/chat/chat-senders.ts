import { CHAT_CHANNELS, type ChatChannel } from '@/lib/domain/chat/chat-delivery-setting';
import type { ChatMessage } from '@/lib/domain/chat/chat-message';
import type { DeliveryOutcome } from '@/lib/domain/chat/delivery-outcome';
import { slackSender } from './slack-sender';
import { teamsSender } from './teams-sender';

export interface ChatSender {
  channel: ChatChannel;
  /** One attempt to bring the message to the person with this e-mail. */
  send: (message: ChatMessage, recipient: { email: string }) => Promise<DeliveryOutcome>;
}

export type ChatSenders = Partial<Record<ChatChannel, ChatSender>>;

export const SLACK_API_URL = 'https://slack.com/api';

/**
 * The channels this server can send to, from its environment, never from the database: Teams
 * with TEAMS_WORKFLOW_URL, Slack with SLACK_BOT_TOKEN (and SLACK_API_URL for another address of
 * the Web API, as the tests use).
 */
export function createChatSenders(env: Record<string, string | undefined> = process.env): ChatSenders {
  return {
    ...(env.TEAMS_WORKFLOW_URL ? { teams: teamsSender(env.TEAMS_WORKFLOW_URL) } : {}),
    ...(env.SLACK_BOT_TOKEN ? { slack: slackSender(env.SLACK_BOT_TOKEN, env.SLACK_API_URL || SLACK_API_URL) } : {}),
  };
}

export function configuredChannels(senders: ChatSenders): ChatChannel[] {
  return CHAT_CHANNELS.filter((channel) => senders[channel] !== undefined);
}
