import { answerChangeTest } from '@/lib/domain/stats/change-test';
import { type LineStatistics, lineStatistics } from '@/lib/domain/stats/line-statistics';
import { type ScoreCounts, answerCount } from '@/lib/domain/stats/score-counts';

/** A published question figure: one item's score counts over a cell's atoms that asked it. */
export interface PublishedQuestion {
  scoreCounts: ScoreCounts;
  /** The pulses of the figure that asked the item: each person answers it at most once in each. */
  pulses: number;
}

/**
 * The sample size of a question's interval: its answers per pulse that asked it, rounded up. A person
 * answers the item at most once per pulse, so at least that many distinct people answered it: the
 * interval is never narrower than the people allow. No count of people is ever served for a question.
 */
export function questionSampleSize({ scoreCounts, pulses }: PublishedQuestion): number {
  const answers = answerCount(scoreCounts);
  return Math.min(answers, Math.max(1, Math.ceil(answers / Math.max(1, pulses))));
}

/** A question's statistics, from its answers (lib/domain/stats/line-statistics.ts); null without answers. */
export function questionStatistics(question: PublishedQuestion): LineStatistics | null {
  if (answerCount(question.scoreCounts) === 0) return null;
  return lineStatistics(question.scoreCounts, null, questionSampleSize(question));
}

/** The two-sided p-value of a question's change between two published periods (the answers' Welch test). */
export function questionChangeP(now: PublishedQuestion, before: PublishedQuestion): number | null {
  const [a, b] = [questionStatistics(now), questionStatistics(before)];
  return a && b ? (answerChangeTest(a, b)?.p ?? null) : null;
}
