import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { answers, comments, pulses, responses, surveyItems } from '@/db/schema';

export interface OwnResponseRow {
  pulseId: number;
  period: string;
  opensAt: Date;
  comment: string | null;
  answers: { itemId: number; score: number; line: number; textNl: string; textEn: string }[];
}

/** A person's own responses with their answers and the questions in both languages, newest first. */
export async function readOwnResponses(db: Database, personId: number): Promise<OwnResponseRow[]> {
  const own = await db
    .select({
      id: responses.id,
      pulseId: responses.pulseId,
      period: pulses.weekLabel,
      opensAt: pulses.opensAt,
      comment: comments.body,
    })
    .from(responses)
    .innerJoin(pulses, eq(pulses.id, responses.pulseId))
    .leftJoin(comments, eq(comments.responseId, responses.id))
    .where(eq(responses.personId, personId))
    .orderBy(desc(pulses.opensAt));
  if (own.length === 0) return [];
  const rows = await db
    .select({
      responseId: answers.responseId,
      itemId: answers.itemId,
      score: answers.score,
      line: surveyItems.line,
      textNl: surveyItems.textNl,
      textEn: surveyItems.textEn,
    })
    .from(answers)
    .innerJoin(surveyItems, eq(surveyItems.id, answers.itemId))
    .where(
      inArray(
        answers.responseId,
        own.map((response) => response.id),
      ),
    )
    .orderBy(asc(surveyItems.line), asc(answers.itemId));
  return own.map(({ id, ...response }) => ({
    ...response,
    answers: rows.filter((row) => row.responseId === id).map(({ responseId: _, ...answer }) => answer),
  }));
}
