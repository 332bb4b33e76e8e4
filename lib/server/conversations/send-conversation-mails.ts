import type { Database } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { type ConversationRecipient, takeDueConversationMail } from '@/lib/queries/conversations/conversation-outbox';
import { readCommentAuthor, readReplyingLeaders } from '@/lib/queries/conversations/conversation-recipients';
import { teamRelation } from '@/lib/queries/organisation/team-relation';
import { loadViewer } from '@/lib/queries/people/load-viewer';
import type { Mailer } from '@/lib/server/notifications/mailer';
import { conversationMail } from './conversation-mail';

/**
 * Whether a person wants the e-mail that a conversation changed. The default sends every one; the
 * alert preferences plug in here, at sending time, so that nothing in a leader's request depends on
 * the author's choices.
 */
export type WantsConversationMail = (personId: number, side: ConversationRecipient) => Promise<boolean>;

const everyone: WantsConversationMail = () => Promise.resolve(true);

/** Whether a leader who replied may still see the comment's team: HR, or a leader whose scope holds it. */
async function stillSees(db: Database, personId: number, teamId: number): Promise<boolean> {
  const viewer = await loadViewer(db, personId);
  if (!viewer) return false;
  if (can(viewer.roles, 'org:view')) return true;
  return can(viewer.roles, 'team:view') && (await teamRelation(db, personId, teamId)).inScope;
}

/**
 * Sends the conversation e-mails the outbox holds that are due today: to an author, that a leader
 * replied; to the leaders who replied and may still see the team, that the author answered. Each
 * leaves the outbox in the transaction that sends it, so that a failed send is tried again by the
 * next run and two runs never send it twice. An author who left, or a leader who no longer sees the
 * team, gets nothing. A job without a viewer: its caller hands it the database.
 */
export async function sendConversationMails(
  db: Database,
  mailer: Mailer,
  appUrl: string,
  options: { now?: Date; wants?: WantsConversationMail } = {},
): Promise<{ author: number; leaders: number }> {
  const today = organisationDay(options.now ?? new Date());
  const wants = options.wants ?? everyone;
  const sent = { author: 0, leaders: 0 };
  for (;;) {
    const more = await db.transaction(async (tx) => {
      const due = await takeDueConversationMail(tx, today);
      if (!due) return false;
      if (due.recipient === 'author') {
        const author = await readCommentAuthor(tx, due.key);
        if (author && (await wants(author.personId, 'author'))) {
          await mailer.send(conversationMail(author, 'author', appUrl, null));
          sent.author++;
        }
        return true;
      }
      const { teamId, leaders } = await readReplyingLeaders(tx, due.key);
      for (const leader of leaders) {
        if (teamId === null || !(await stillSees(tx, leader.personId, teamId))) continue;
        if (!(await wants(leader.personId, 'leaders'))) continue;
        await mailer.send(conversationMail(leader, 'leaders', appUrl, teamId));
        sent.leaders++;
      }
      return true;
    });
    if (!more) return sent;
  }
}
