import type { ConnectionLine } from '@/lib/model/connection-lines';
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
