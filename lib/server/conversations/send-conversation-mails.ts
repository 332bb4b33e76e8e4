import type { Database } from '@/db/client';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { recordAlerts } from '@/lib/queries/alerts/record-alerts';
import { takeDueConversationMail } from '@/lib/queries/conversations/conversation-outbox';
import { readCommentAuthor, readCommentPlace } from '@/lib/queries/conversations/conversation-recipients';
import type { Mailer } from '@/lib/server/notifications/mailer';
import { conversationMail } from './conversation-mail';

/**
 * Delivers what the conversation outbox holds that is due today: to an author, an e-mail that a
 * leader replied; to the leaders who have the comment's team in scope, an alert that the author
 * answered (in the app, and in their digest as they chose and HR allows: lib/server/alerts). Each
 * leaves the outbox in the transaction that delivers it, so that a failed send is tried again by
 * the next run and two runs never send it twice. An author who left gets nothing. A job without a
 * viewer: its caller hands it the database.
 */
export async function sendConversationMails(
  db: Database,
  mailer: Mailer,
  appUrl: string,
  now = new Date(),
): Promise<{ author: number; leaders: number }> {
  const today = organisationDay(now);
  const sent = { author: 0, leaders: 0 };
  for (;;) {
    const more = await db.transaction(async (tx) => {
      const due = await takeDueConversationMail(tx, today);
      if (!due) return false;
      if (due.recipient === 'author') {
        const author = await readCommentAuthor(tx, due.key);
        if (author) {
          await mailer.send(conversationMail(author, appUrl));
          sent.author++;
        }
        return true;
      }
      const place = await readCommentPlace(tx, due.key);
      if (place)
        sent.leaders += await recordAlerts(tx, [
          {
            kind: 'conversation',
            teamId: place.teamId,
            link: `/team/${place.teamId}`,
            key: `conversation:${place.publicId}:${today}`,
          },
        ]);
      return true;
    });
    if (!more) return sent;
  }
}
