import { round } from '../support/stats';
import type { BenchResults, TargetCheck } from './bench-results';

/** A little slack for the edges of a fixed-duration run (ramp-up, the last partial second). */
const RATE_TOLERANCE = 0.99;

/** The figures issue #7 asks for, each against its target. */
export function checkTargets(results: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const large = results.reportQueries.large;
  const slowest = Math.min(...large.map((r) => r.readSpeedup));
  checks.push({
    target:
      'report reads on the published cells ≥ 50× faster than the raw aggregation (large, every scenario), identical figures',
    measured: `${slowest}× at least (${large.map((r) => `${r.scenario}: ${r.readSpeedup}×`).join('; ')}); identical: ${large.every((r) => r.identical)}`,
    met: slowest >= 50 && large.every((r) => r.identical),
  });

  for (const size of ['demo', 'large'] as const) {
    const share = Object.fromEntries(results.availability[size].map((a) => [a.kind, a.share]));
    const [week = 0, month = 0, quarter = 0] = [share.week, share.month, share.quarter];
    checks.push({
      target: `availability (${size}): team months ≥ 95% and quarters ≥ 95% of those with ≥ k respondents shown, quarter ≥ month ≥ week`,
      measured: results.availability[size]
        .map((a) => `${a.kind} ${round(a.share * 100, 1)}% (${a.shown} of ${a.eligible})`)
        .join('; '),
      met: month >= 0.95 && quarter >= 0.95 && quarter >= month && month >= week,
    });
  }

  const ttfb = (label: string) => results.ttfb.find((t) => t.label === label)?.ttfbMedianMs ?? Number.NaN;
  for (const page of ['/team', '/org']) {
    const vsDemo = ttfb(`large ${page}`) / ttfb(`demo ${page}`);
    const vsTrivial = ttfb(`large ${page}`) / ttfb('large /login');
    checks.push({
      target: `${page} median TTFB at large ≤ 1.5× demo and ≤ 3× the trivial page`,
      measured: `${ttfb(`large ${page}`)} ms large, ${ttfb(`demo ${page}`)} ms demo (${round(vsDemo, 2)}×), ${ttfb('large /login')} ms /login (${round(vsTrivial, 2)}×)`,
      met: vsDemo <= 1.5 && vsTrivial <= 3,
    });
  }

  const { submissions } = results;
  const atTarget = submissions.phases.find((p) => p.overallRate !== null);
  const errors = submissions.phases.reduce((sum, p) => sum + p.errors + p.non2xx, 0);
  if (atTarget) {
    checks.push({
      target: `≥ ${atTarget.overallRate} submissions/s for ${atTarget.durationSeconds} s with p99 < 200 ms and no errors`,
      measured: `${atTarget.throughputPerSecond}/s, p50 ${atTarget.latencyP50Ms} ms, p99 ${atTarget.latencyP99Ms} ms, ${atTarget.errors + atTarget.non2xx} errors or non-2xx`,
      met:
        atTarget.throughputPerSecond >= (atTarget.overallRate ?? 0) * RATE_TOLERANCE &&
        atTarget.latencyP99Ms < 200 &&
        atTarget.errors + atTarget.non2xx === 0,
    });
  }
  checks.push({
    target: 'every accepted submission stored exactly once; rollups equal a recomputation',
    measured: `${submissions.storage.acceptedPeople} people accepted, ${submissions.storage.responsesAdded} responses added (${submissions.storage.expectedAdded} from accepted first answers, ${submissions.storage.unansweredPeople} people still in flight at the stop), ${submissions.storage.missing} missing, ${submissions.storage.unexpected} unexpected, ${submissions.storage.duplicated} duplicated; ${submissions.rollups.differences} rollup differences; ${errors} errors in all phases`,
    met: submissions.storage.exactlyOnce && submissions.rollups.differences === 0,
  });

  const { signIn, signInBefore, sessionCheck } = results;
  const versus = (after: number, before: number | undefined) =>
    before ? ` against ${before} ms before (${round(after / before, 2)}×)` : ' (no --before build to compare)';
  checks.push({
    target:
      'a password sign-in with the throttle, the audit and the session claims ≤ 1.5× the sign-in before them (--before)',
    measured: `${signIn.signInMs} ms${versus(signIn.signInMs, signInBefore?.signInMs)}; one Argon2id verification ${signIn.argon2Ms} ms`,
    met: signInBefore ? signIn.signInMs / signInBefore.signInMs <= 1.5 : null,
  });
  checks.push({
    target: `a signed-in page under ${signIn.floodConnections} connections of wrong sign-ins from changing addresses ≤ 3× its time alone`,
    measured: `${signIn.pageUnderFloodMs} ms against ${signIn.pageIdleMs} ms (${signIn.floodSlowdown}×)${signInBefore ? `; before: ${signInBefore.floodSlowdown}×` : ''}; ${signIn.floodAttempts} wrong sign-ins, ${signIn.floodRefusedBusy} refused at once as busy`,
    met: signIn.floodSlowdown <= 3,
  });
  checks.push({
    target: 'the viewer read with the session check (every request, and the submission) ≤ 1.25× without it',
    measured: `${sessionCheck.withCheckMs} ms against ${sessionCheck.withoutCheckMs} ms (${sessionCheck.ratio}×), ${sessionCheck.rounds} reads each`,
    met: sessionCheck.ratio <= 1.25,
  });

  const limits: Record<string, number> = { '/survey': 150, '/team': 250, '/org': 250 };
  for (const weight of results.pageWeight) {
    const limit = limits[weight.path] ?? Number.NaN;
    checks.push({
      target: `${weight.path} first-load JS ≤ ${limit} KiB gzip`,
      measured: `${weight.gzipKiB} KiB gzip (${weight.rawKiB} KiB raw, ${weight.scripts} scripts)`,
      met: weight.gzipKiB <= limit,
    });
  }

  const seed = results.largeSeed;
  checks.push({
    target: 'large seed < 5 min; size on disk reported',
    measured: seed
      ? `${seed.seconds.total} s, ${seed.databaseSize.pretty} (${seed.rows.responses} responses, ${seed.rows.answers} answers)`
      : 'not seeded in this run (--large-db)',
    met: seed ? (seed.seconds.total ?? Infinity) < 300 : null,
  });
  return checks;
}
