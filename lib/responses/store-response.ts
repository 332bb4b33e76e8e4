import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { answers, comments, pulseItems, pulses, responses, surveyItems } from '@/db/schema';
import type { PeriodKind } from '@/lib/periods/period-labels';
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

/** What the caller may already know of the pulse, saving the queries that would look it up. */
export interface PulseFacts {
  periods: Record<PeriodKind, string>;
  itemLines: ReadonlyMap<number, number>;
}

async function loadPulseFacts(tx: Database, pulseId: number): Promise<PulseFacts> {
  const rows = await tx
    .select({ week: pulses.weekLabel, month: pulses.monthLabel, quarter: pulses.quarterLabel, itemId: pulseItems.itemId, line: surveyItems.line })
    .from(pulses)
    .innerJoin(pulseItems, eq(pulseItems.pulseId, pulses.id))
    .innerJoin(surveyItems, eq(surveyItems.id, pulseItems.itemId))
    .where(eq(pulses.id, pulseId));
  const first = rows[0];
  if (!first) throw new Error(`pulse ${pulseId} does not exist or asks nothing`);
  return { periods: { week: first.week, month: first.month, quarter: first.quarter }, itemLines: new Map(rows.map((row) => [row.itemId, row.line])) };
}

/**
 * Stores or revises a person's response to a pulse with its answers, comment and rollups in one
 * transaction: all of it or nothing. The unique (pulse, person) key makes a retry or a double
 * submission revise the one response instead of creating a second. Input is validated by the caller.
 */
export async function storeResponse(db: Database, input: ResponseInput, known?: PulseFacts): Promise<{ responseId: number; created: boolean }> {
  return db.transaction(async (tx) => {
    const facts = known ?? (await loadPulseFacts(tx, input.pulseId));
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

    const comment = input.comment?.trim();
    await Promise.all([
      tx.delete(answers).where(eq(answers.responseId, responseId)),
      tx.insert(answers).values(input.answers.map(({ itemId, score }) => ({ responseId, itemId, score }))),
      comment
        ? tx.insert(comments).values({ responseId, body: comment }).onConflictDoUpdate({ target: comments.responseId, set: { body: comment } })
        : tx.delete(comments).where(eq(comments.responseId, responseId)),
    ]);

    const after = {
      teamId: input.teamId,
      countsByLine: countsByLine(input.answers.map(({ itemId, score }) => ({ line: facts.itemLines.get(itemId) ?? 0, score }))),
    };
    await applyResponseChange(tx, { responseId, pulseId: input.pulseId, periods: facts.periods, personId: input.personId, before, after });
    return { responseId, created: !existing };
  });
}
