import { formatDate } from '@/lib/domain/i18n/date-format';
import type { ConversationReply } from '@/lib/domain/conversations/conversation';

export interface ConversationRepliesLabels {
  /** How the author's side is named: never by name. */
  author: string;
  /** The list's accessible name. */
  title: string;
}

/** The day a reply was written, in the reader's language; a day, never a time. */
const formatDay = (day: string, locale: string) =>
  formatDate(`${day}T00:00:00Z`, locale, { dateStyle: 'medium', timeZone: 'UTC' });

/** A comment's conversation, in the order written: who (a leader by name, the author as "the author") and the day. */
export function ConversationReplies({
  replies,
  labels,
  locale,
}: {
  replies: ConversationReply[];
  labels: ConversationRepliesLabels;
  locale: string;
}) {
  if (replies.length === 0) return null;
  return (
    <ol aria-label={labels.title} className="mt-3 space-y-2 border-l-2 border-brand-600/30 pl-3">
      {replies.map((reply, index) => (
        <li
          key={index}
          className={reply.side === 'author' ? 'rounded-md bg-slate-50 p-3' : 'rounded-md bg-brand-50 p-3'}
        >
          <p className="text-xs font-medium text-slate-700">
            {reply.side === 'author' ? labels.author : reply.leaderName} · {formatDay(reply.day, locale)}
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-800">{reply.body}</p>
        </li>
      ))}
    </ol>
  );
}
