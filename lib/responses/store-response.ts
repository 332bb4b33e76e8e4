import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { answers, comments, responses, surveyItems } from '@/db/schema';
import { applyResponseChange } from '@/lib/rollups/apply-response-change';
import { lockPersonResponses } from './person-lock';
import { countsByLine, loadSnapshot } from './response-snapshot';

export interface ResponseInput {
  pulseId: number;
  personId: number;
  /** The team the person belonged to when the pulse was asked. */
  teamId: number;
  answers: { itemId: number; score: number }[];
  comment?: string | null;
}

/**
 * Stores or revises a person's response to a pulse with its answers, comment and rollups in one
 * transaction: all of it or nothing. The unique (pulse, person) key makes a retry or a double
 * submission revise the one response instead of creating a second. Input is validated by the caller.
 */
export async function storeResponse(db: Database, input: ResponseInput): Promise<{ responseId: number; created: boolean }> {
  return db.transaction(async (tx) => {
    await lockPersonResponses(tx, input.personId);
    const [existing] = await tx
      .select({ id: responses.id, teamId: responses.teamId })
      .from(responses)
      .where(and(eq(responses.pulseId, input.pulseId), eq(responses.personId, input.personId)));
    const before = existing ? await loadSnapshot(tx, existing.id, existing.teamId) : null;

    const [stored] = await tx
      .insert(responses)
      .values({ pulseId: input.pulseId, personId: input.personId, teamId: input.teamId })
      .onConflictDoUpdate({
        target: [responses.pulseId, responses.personId],
        set: { teamId: input.teamId, updatedAt: sql`now()` },
      })
      .returning({ id: responses.id });
    const responseId = stored!.id;

    await tx.delete(answers).where(eq(answers.responseId, responseId));
    await tx.insert(answers).values(input.answers.map(({ itemId, score }) => ({ responseId, itemId, score })));
    const comment = input.comment?.trim();
    if (comment) {
      await tx.insert(comments).values({ responseId, body: comment }).onConflictDoUpdate({ target: comments.responseId, set: { body: comment } });
    } else {
      await tx.delete(comments).where(eq(comments.responseId, responseId));
    }

    const itemIds = input.answers.map((answer) => answer.itemId);
    const lines = await tx.select({ id: surveyItems.id, line: surveyItems.line }).from(surveyItems).where(inArray(surveyItems.id, itemIds));
    const lineOf = new Map(lines.map((item) => [item.id, item.line]));
    const after = {
      teamId: input.teamId,
      countsByLine: countsByLine(input.answers.map(({ itemId, score }) => ({ line: lineOf.get(itemId) ?? 0, score }))),
    };
    await applyResponseChange(tx, { responseId, pulseId: input.pulseId, personId: input.personId, before, after });
    return { responseId, created: !existing };
  });
}
