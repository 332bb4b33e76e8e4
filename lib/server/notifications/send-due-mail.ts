import type { Database } from '@/db/client';
import { sendAlertDigests } from '@/lib/server/alerts/send-alert-digests';
import { type ChatSenders, createChatSenders } from '@/lib/server/chat/chat-senders';
import { deliverChatMessages } from '@/lib/server/chat/deliver-chat-messages';
import { sendConversationMails } from '@/lib/server/conversations/send-conversation-mails';
import type { Mailer } from './mailer';
import { sendDueNotifications } from './send-due-notifications';

/**
 * One run of the periodic job: the pulse invitations and reminders that are due, the replies owed to
 * comments' authors and the alerts owed to leaders, then one digest per leader, and last the chat
 * messages these queued or that wait for a retry. Conversations go before the digests so that an
 * answer owed today is in today's digest. A reply to a comment's author goes by e-mail only (README,
 * Teams and Slack).
 */
export async function sendDueMail(
  db: Database,
  mailer: Mailer,
  appUrl: string,
  now = new Date(),
  senders: ChatSenders = createChatSenders(),
) {
  const pulses = await sendDueNotifications(db, mailer, appUrl, now, senders);
  const conversations = await sendConversationMails(db, mailer, appUrl, now);
  const digests = await sendAlertDigests(db, mailer, appUrl, senders);
  const chat = await deliverChatMessages(db, senders);
  return { ...pulses, conversations: conversations.author + conversations.leaders, digests, chat };
}
