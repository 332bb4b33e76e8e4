import type { LineStatistics } from './line-statistics';
import { type WelchResult, type SampleSummary, welchTest } from './welch-test';

/** A shown line's sample for Welch's test: its person means, or its answers with the respondents as n. */
export function lineSample(statistics: LineStatistics): SampleSummary | null {
  return statistics.sd === null
    ? null
    : { mean: statistics.mean, variance: statistics.sd * statistics.sd, n: statistics.people };
}

/**
 * Whether a group differs from a larger group it is part of (a team from its department or the
 * organisation) in the same period: Welch's test on the two cells' person means (or their answers,
 * or a connection score's bound, where those are missing), two-sided.
 *
 * The two samples are not independent: the team's people are among the department's. Their
 * positive correlation makes the true variance of the difference smaller than the sum Welch's test
 * takes (Var(a − b) = Var a + Var b − 2 Cov(a, b), with Cov > 0), so the test is conservative: it
 * finds fewer differences than there are, never more.
 */
export function comparisonTest(group: SampleSummary | null, larger: SampleSummary | null): WelchResult | null {
  return group && larger ? welchTest(group, larger) : null;
}
