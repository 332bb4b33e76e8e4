import type { Sql } from 'postgres';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { databaseUrl } from '../support/databases';
import { eligibleEmployees, sessionPerson } from '../support/load-people';
import { startNextServer } from '../support/next-server';
import { fetchOpenPulse } from '../support/open-pulse';
import { mintSessionCookie } from '../support/session-cookie';
import { startWireCounter } from '../support/wire-counter';
import { type ProfiledRequest, type RequestProfile, profileRequests } from './request-profile';

const REPEATS = 10;

/**
 * A third server on the large database whose Postgres connections pass the wire counter: how
 * many statements and round trips /team, /org, /login and one submission cost, one request at a time.
 */
export async function profileLargeServer(options: {
  root: string;
  serverUrl: string;
  largeName: string;
  port: number;
  authSecret: string;
  logFile: string;
  sql: Sql;
}): Promise<RequestProfile[]> {
  const postgresUrl = new URL(options.serverUrl);
  const counter = await startWireCounter({ host: postgresUrl.hostname, port: Number(postgresUrl.port || 5432) });
  const countedUrl = new URL(databaseUrl(options.serverUrl, options.largeName));
  countedUrl.port = String(counter.port);
  const server = await startNextServer({
    name: 'large-profiled',
    root: options.root,
    port: options.port,
    databaseUrl: countedUrl.toString(),
    authSecret: options.authSecret,
    logFile: options.logFile,
  });
  try {
    const cookie = async (email: string) =>
      mintSessionCookie(options.authSecret, await sessionPerson(options.sql, email));
    const page = (label: string, pagePath: string, pageCookie?: string): ProfiledRequest => ({
      label,
      send: async () => {
        const response = await fetch(`${server.origin}${pagePath}`, {
          headers: pageCookie ? { cookie: pageCookie } : {},
          redirect: 'manual',
        });
        await response.arrayBuffer();
        return response.status;
      },
    });
    const pulse = await fetchOpenPulse(server.origin, await cookie(DEMO_ACCOUNTS.hr.email));
    // People who have not answered yet, from the end of the list, so that the load test that follows
    // starts with others. A database reused after a load test may have none left: then people change answers.
    const eligible = await eligibleEmployees(options.sql, pulse.id, 1_000_000);
    const unanswered = eligible.filter((person) => !person.answered);
    const fresh = unanswered.length > REPEATS;
    const submitters = (fresh ? unanswered : eligible).slice(-(REPEATS + 1));
    if (submitters.length === 0) throw new Error(`nobody may answer pulse ${pulse.id}: is the large database seeded?`);
    const cookies = await Promise.all(submitters.map((person) => mintSessionCookie(options.authSecret, person)));
    let next = 0;
    const submission: ProfiledRequest = {
      label: `PUT /api/v1/pulses/{id}/response (${fresh ? 'new' : 'changed'} answers)`,
      send: async () => {
        const response = await fetch(`${server.origin}/api/v1/pulses/${pulse.id}/response`, {
          method: 'PUT',
          headers: { cookie: cookies[next++ % cookies.length]!, 'content-type': 'application/json' },
          body: JSON.stringify({ answers: pulse.itemIds.map((itemId) => ({ itemId, score: 4 })) }),
        });
        await response.arrayBuffer();
        return response.status;
      },
    };
    return await profileRequests(
      counter,
      [
        page('GET /team (leader)', '/team', await cookie(DEMO_ACCOUNTS.leader.email)),
        page('GET /org (hr)', '/org', await cookie(DEMO_ACCOUNTS.hr.email)),
        page('GET /me (employee)', '/me', await cookie(DEMO_ACCOUNTS.employee.email)),
        page('GET /login', '/login'),
        submission,
      ],
      REPEATS,
    );
  } finally {
    await server.stop();
    await counter.close();
  }
}
