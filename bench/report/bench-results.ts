import type { GrainAvailability } from '@/lib/queries/publication/measure-availability';
import type { Machine } from '../support/machine';
import type { EngineComparison } from '../measure/pglite-vs-postgres';
import type { PageWeight } from '../measure/page-weight';
import type { ReportQueryResult } from '../measure/report-queries';
import type { RequestProfile } from '../measure/request-profile';
import type { SessionCheckResult } from '../measure/session-check';
import type { SignInResult } from '../measure/sign-in';
import type { SubmissionResult } from '../measure/submissions';
import type { TtfbResult } from '../measure/ttfb';
import type { LargeSeedReport } from '@/seed/run-large-seed';
import type { LargeSizes } from '@/seed/large/large-types';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

/** Everything one `npm run bench` measured, as written to bench/results/latest.json. */
export interface BenchResults {
  takenAt: string;
  quick: boolean;
  machine: Machine;
  databases: { demo: string; large: string; largeSizes: LargeSizes | null; largeRows: Record<string, number> };
  largeSeed: LargeSeedReport | null;
  demoSeed: { migrateMs: number; seedMs: number };
  reportQueries: { demo: ReportQueryResult[]; large: ReportQueryResult[] };
  /** Per grain, the share of team cells with at least k respondents that the publication shows. */
  availability: { demo: GrainAvailability[]; large: GrainAvailability[] };
  /** One team's weekly trend read from the rollups, piece by piece. */
  ttfb: TtfbResult[];
  submissions: SubmissionResult;
  pageWeight: PageWeight[];
  pgliteVsPostgres: EngineComparison;
  /** Statements, round trips and database wait per request on the large server, one request at a time. */
  profile: RequestProfile[];
  /** A password sign-in against one Argon2 verification, and a signed-in page under a flood of wrong sign-ins. */
  signIn: SignInResult;
  /** The same against the build of `--before`, an earlier commit, on the same database; null without it. */
  signInBefore: SignInResult | null;
  /** The viewer read with and without the check that the session has not ended. */
  sessionCheck: SessionCheckResult;
  /** The machine's 1-minute load average as each step began: other work on a shared machine shows here. */
  loadAverages: { step: string; oneMinute: number }[];
  targets: TargetCheck[];
}
