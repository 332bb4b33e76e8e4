import type { Sql } from 'postgres';
import type { Database } from '@/db/client';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { checkRollups } from '@/lib/queries/rollups/check-rollups';
import { eligibleEmployees, sessionPerson } from '../support/load-people';
import { fetchOpenPulse } from '../support/open-pulse';
import { cpuSnapshot } from '../support/process-cpu';
import { mintSessionCookie } from '../support/session-cookie';
import { round } from '../support/stats';
import { type LoadPhase, type LoadSubject, type PhaseResult, runSubmissionLoad } from './submission-load';

export interface SubmissionResult {
  pulseId: number;
  employees: number;
  phases: PhaseResult[];
  storage: {
    /** People with at least one 2xx. */
    acceptedPeople: number;
    /** People whose last request was still unanswered when the run stopped (or timed out): stored or not, either is right. */
    unansweredPeople: number;
    /** New responses for the pulse… */
    responsesAdded: number;
    /** …at least one per accepted person who had not answered before, at most that plus the unanswered ones. */
    expectedAdded: number;
    /** Accepted people without a stored response (must be 0). */
    missing: number;
    /** People refused every time, with no response before and none in flight, who have one now (must be 0). */
    unexpected: number;
    /** People with more than one response to the pulse (must be 0). */
    duplicated: number;
    exactlyOnce: boolean;
  };
  /** `rollup_team_pulse` of the pulse against a recomputation. */
  rollups: { differences: number; seconds: number };
}

/**
 * Load on PUT /api/v1/pulses/{id}/response from thousands of distinct employees, each with a
 * session cookie of their own; afterwards every accepted submission must be stored exactly once
 * and the respondents per team of the pulse must equal a recomputation from the raw tables.
 */
export async function measureSubmissions(options: {
  origin: string;
  /** The Next servers the load reaches, whose CPU is counted. */
  serverPids: number[];
  database: string;
  sql: Sql;
  db: Database;
  authSecret: string;
  employees: number;
  phases: LoadPhase[];
}): Promise<SubmissionResult> {
  const { origin, sql, db } = options;
  const pulse = await fetchOpenPulse(
    origin,
    await mintSessionCookie(options.authSecret, await sessionPerson(sql, DEMO_ACCOUNTS.hr.email)),
  );

  const pool = await eligibleEmployees(sql, pulse.id, options.employees);
  const subjects: LoadSubject[] = [];
  for (let start = 0; start < pool.length; start += 500) {
    const batch = pool.slice(start, start + 500);
    subjects.push(
      ...(await Promise.all(
        batch.map(async (person) => ({
          personId: person.personId,
          cookie: await mintSessionCookie(options.authSecret, person),
        })),
      )),
    );
  }
  const answeredBefore = new Set(pool.filter((person) => person.answered).map((person) => person.personId));
  const countResponses = async () =>
    (await sql<{ n: number }[]>`select count(*)::int as n from responses where pulse_id = ${pulse.id}`)[0]?.n ?? 0;
  const before = await countResponses();

  const { phases, ledger } = await runSubmissionLoad(origin, pulse, subjects, options.phases, () =>
    cpuSnapshot(options.serverPids, sql, options.database),
  );

  const storedRows = await sql<{ personId: number; responses: number }[]>`
    select person_id as "personId", count(*)::int as responses from responses
    where pulse_id = ${pulse.id} and person_id = any(${pool.map((p) => p.personId)}::int[]) group by person_id`;
  const stored = new Set(storedRows.map((row) => row.personId));
  const accepted = [...ledger.accepted.keys()];
  const unanswered = [...ledger.sent.keys()].filter(
    (personId) =>
      (ledger.sent.get(personId) ?? 0) > (ledger.accepted.get(personId) ?? 0) + (ledger.refused.get(personId) ?? 0),
  );
  const inFlight = new Set(unanswered);
  const missing = accepted.filter((personId) => !stored.has(personId)).length;
  const unexpected = [...stored].filter(
    (personId) => !ledger.accepted.has(personId) && !answeredBefore.has(personId) && !inFlight.has(personId),
  ).length;
  const duplicated = storedRows.filter((row) => row.responses > 1).length;
  const responsesAdded = (await countResponses()) - before;
  const expectedAdded = accepted.filter((personId) => !answeredBefore.has(personId)).length;
  const inFlightNew = unanswered.filter(
    (personId) => !answeredBefore.has(personId) && !ledger.accepted.has(personId),
  ).length;
  const checkStarted = performance.now();
  const differences = await checkRollups(db, { pulseIds: [pulse.id] });
  return {
    pulseId: pulse.id,
    employees: subjects.length,
    phases,
    storage: {
      acceptedPeople: accepted.length,
      unansweredPeople: unanswered.length,
      responsesAdded,
      expectedAdded,
      missing,
      unexpected,
      duplicated,
      exactlyOnce:
        missing === 0 &&
        unexpected === 0 &&
        duplicated === 0 &&
        responsesAdded >= expectedAdded &&
        responsesAdded <= expectedAdded + inFlightNew,
    },
    rollups: { differences: differences.length, seconds: round((performance.now() - checkStarted) / 1000) },
  };
}
