import type { Database } from '@/db/client';
import { commentReplies } from '@/db/schema';

/** Stores a reply: a leader's under their id, the author's under no one. `day` is the organisation's day it was written. */
export async function insertReply(
  db: Database,
  reply: { key: number; side: 'leader' | 'author'; leaderId: number | null; body: string; day: string },
): Promise<void> {
  await db.insert(commentReplies).values({
    commentId: reply.key,
    side: reply.side,
    leaderId: reply.side === 'leader' ? reply.leaderId : null,
    body: reply.body,
    writtenOn: reply.day,
  });
}
