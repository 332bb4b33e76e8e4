import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { answers, surveyItems } from '@/db/schema';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import type { ResponseSnapshot } from '@/lib/rollups/apply-response-change';
import { type ScoreCounts, EMPTY_COUNTS, addCounts, countsFromScores } from '@/lib/stats/score-counts';

/** Answers grouped per connection line as score counts: all the rollups need of a response. */
export function countsByLine(scored: { line: number; score: number }[]): Map<ConnectionLine, ScoreCounts> {
  const byLine = new Map<ConnectionLine, ScoreCounts>();
  for (const { line, score } of scored) {
    const key = line as ConnectionLine;
    byLine.set(key, addCounts(byLine.get(key) ?? EMPTY_COUNTS, countsFromScores([score])));
  }
  return byLine;
}

export async function loadSnapshot(tx: Database, responseId: number, teamId: number): Promise<ResponseSnapshot> {
  const scored = await tx
    .select({ line: surveyItems.line, score: answers.score })
    .from(answers)
    .innerJoin(surveyItems, eq(surveyItems.id, answers.itemId))
    .where(eq(answers.responseId, responseId));
  return { teamId, countsByLine: countsByLine(scored) };
}
