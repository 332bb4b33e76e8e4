import { randomUUID } from 'node:crypto';
import type { Sql } from 'postgres';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { type Asker, viewerStatement } from '@/lib/queries/people/viewer-statement';
import { median, round } from '../support/stats';

export interface SessionCheckResult {
  people: number;
  rounds: number;
  /** Median ms of reading the viewer by person id alone, as every request did before sessions could end. */
  withoutCheckMs: number;
  /** Median ms of the same read with the session's version and the ended sessions checked, as every request does now. */
  withCheckMs: number;
  ratio: number;
}

/**
 * The cost of revocable sessions on every request: the viewer read (one statement, in the
 * submission's first round trip and in every page's and API's `getViewer`) with and without the
 * session check, for the same people, alternating which goes first, on the large database.
 */
export async function measureSessionCheck(db: Database, sql: Sql, rounds: number): Promise<SessionCheckResult> {
  const people = await sql<
    { id: number; version: number }[]
  >`select id, session_version as version from people where active order by id desc limit 200`;
  const without: number[] = [];
  const withCheck: number[] = [];
  const time = async (samples: number[], asker: Asker) => {
    const started = performance.now();
    if (rowsOf(await db.execute(viewerStatement(asker))).length !== 1)
      throw new Error('the viewer read found nobody: the bench would time a refusal');
    samples.push(performance.now() - started);
  };
  for (let round = 0; round < rounds; round++) {
    const person = people[round % people.length]!;
    const session = { personId: person.id, sessionId: randomUUID(), sessionVersion: person.version };
    const reads = [() => time(without, person.id), () => time(withCheck, session)];
    for (const read of round % 2 === 0 ? reads : reads.reverse()) await read();
  }
  const withoutCheckMs = median(without.slice(10));
  const withCheckMs = median(withCheck.slice(10));
  return {
    people: people.length,
    rounds,
    withoutCheckMs: round(withoutCheckMs, 3),
    withCheckMs: round(withCheckMs, 3),
    ratio: round(withCheckMs / withoutCheckMs, 2),
  };
}
