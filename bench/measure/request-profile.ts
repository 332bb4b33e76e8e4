import type { WireCounter } from '../support/wire-counter';
import { median, round } from '../support/stats';

export interface ProfiledRequest {
  label: string;
  /** Sends one request and resolves with its HTTP status once its body has been read. */
  send: () => Promise<number>;
}

export interface RequestProfile {
  label: string;
  samples: number;
  statements: number;
  roundTrips: number;
  dbWaitMs: number;
  wallMedianMs: number;
}

/**
 * Sends each request `repeats` times, one at a time, through a server whose database connection
 * passes the wire counter: statements, sequential round trips and time spent waiting on Postgres
 * per request, next to its wall time.
 */
export async function profileRequests(
  counter: WireCounter,
  requests: readonly ProfiledRequest[],
  repeats: number,
): Promise<RequestProfile[]> {
  const profiles: RequestProfile[] = [];
  for (const request of requests) {
    await expectOk(request);
    counter.reset();
    const walls: number[] = [];
    for (let run = 0; run < repeats; run++) {
      const started = performance.now();
      await expectOk(request);
      walls.push(performance.now() - started);
    }
    const counts = counter.read();
    profiles.push({
      label: request.label,
      samples: repeats,
      statements: round(counts.statements / repeats),
      roundTrips: round(counts.roundTrips / repeats),
      dbWaitMs: round(counts.waitingMs / repeats),
      wallMedianMs: round(median(walls)),
    });
  }
  return profiles;
}

async function expectOk(request: ProfiledRequest): Promise<void> {
  const status = await request.send();
  if (status < 200 || status >= 300) throw new Error(`${request.label} answered ${status}`);
}
