import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { answers, comments, responses } from '@/db/schema';

/** A person's response to one pulse with its comment and answers, or null when they have not answered it. */
export async function readOwnResponse(db: Database, pulseId: number, personId: number) {
  const [own] = await db
    .select({ id: responses.id, comment: comments.body, commentLine: comments.line })
    .from(responses)
    .leftJoin(comments, eq(comments.responseId, responses.id))
    .where(and(eq(responses.pulseId, pulseId), eq(responses.personId, personId)));
  if (!own) return null;
  const ownAnswers = await db
    .select({ itemId: answers.itemId, score: answers.score })
    .from(answers)
    .where(eq(answers.responseId, own.id))
    .orderBy(asc(answers.itemId));
  return { comment: own.comment, commentLine: own.commentLine, answers: ownAnswers };
}
