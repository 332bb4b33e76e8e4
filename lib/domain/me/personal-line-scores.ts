import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { countsFromScores, meanScore } from '@/lib/domain/stats/score-counts';

export interface PersonalPoint {
  period: string;
  /** 0–100 per line, on the same scale as every team score; null when the line was not asked. */
  scores: Record<ConnectionLine, number | null>;
}

/** One person's own score per line per pulse, oldest first, from their own answers. */
export function personalLineScores(
  responses: { period: string; answers: { line: ConnectionLine; score: number }[] }[],
): PersonalPoint[] {
  return [...responses]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((response) => {
      const scores = Object.fromEntries(
        CONNECTION_LINES.map((line) => {
          const mean = meanScore(
            countsFromScores(response.answers.filter((answer) => answer.line === line).map((answer) => answer.score)),
          );
          return [line, mean === null ? null : Math.round(((mean - 1) / 4) * 1000) / 10];
        }),
      ) as Record<ConnectionLine, number | null>;
      return { period: response.period, scores };
    });
}
