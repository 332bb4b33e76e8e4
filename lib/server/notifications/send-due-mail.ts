import type { Database } from '@/db/client';
import { sendAlertDigests } from '@/lib/server/alerts/send-alert-digests';
import { sendConversationMails } from '@/lib/server/conversations/send-conversation-mails';
import type { Mailer } from './mailer';
import { sendDueNotifications } from './send-due-notifications';

/**
 * One run of the periodic job: the pulse invitations and reminders that are due, the replies owed to
 * comments' authors and the alerts owed to leaders, then one digest per leader. Conversations go
 * before the digests so that an answer owed today is in today's digest.
 */
export async function sendDueMail(db: Database, mailer: Mailer, appUrl: string, now = new Date()) {
  const pulses = await sendDueNotifications(db, mailer, appUrl, now);
  const conversations = await sendConversationMails(db, mailer, appUrl, now);
  const digests = await sendAlertDigests(db, mailer, appUrl);
  return { ...pulses, conversations: conversations.author + conversations.leaders, digests };
}
