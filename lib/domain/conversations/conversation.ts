import type { ConnectionLine } from '@/lib/domain/model/connection-lines';

/**
 * One reply as it is served to anyone: the author's side carries no name and no person, and every
 * reply only its day (`2026-11-30`, in the organisation's time zone), never a moment.
 */
export interface ConversationReply {
  side: 'leader' | 'author';
  /** The leader's or HR person's name on their side; null on the author's side. */
  leaderName: string | null;
  body: string;
  day: string;
}

/** A shown comment with its conversation, by its random public id. */
export interface CommentThread {
  id: string;
  body: string;
  line: ConnectionLine | null;
  replies: ConversationReply[];
}
