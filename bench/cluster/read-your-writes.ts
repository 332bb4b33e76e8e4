import postgres from 'postgres';
import { currentStandby } from './fault-replica';
import { type OpenPulse, ownScores, putResponse } from './probe-requests';
import { nodeUrl, type Cluster } from './start-cluster';
import { sleep } from './postgres-nodes';

export interface ReadYourWritesResult {
  /** How far the standby was held behind (recovery_min_apply_delay) while the checks ran. */
  standbyDelay: string;
  /** Submissions answered 2xx, each followed at once by GET /api/v1/me/answers through the proxy… */
  checks: number;
  /** …that showed exactly the scores just sent (must equal `checks`)… */
  sawOwnAnswer: number;
  /** …while the standby, asked directly at that moment, still had other scores or none: the lag was real. */
  standbyBehind: number;
  pass: boolean;
}

const STANDBY_DELAY = '3s';

/**
 * Holds the standby `STANDBY_DELAY` behind the primary, then has each probe employee submit new
 * scores through the proxy and read their own answers back (what /me shows) at once: they must see
 * what they sent although the reports' replica does not have it yet.
 */
export async function checkReadYourWrites(
  cluster: Cluster,
  pulse: OpenPulse,
  people: { personId: number; cookie: string }[],
): Promise<ReadYourWritesResult> {
  const standbyNode = await currentStandby(cluster);
  const standby = postgres(nodeUrl(standbyNode.port), { max: 1, onnotice: () => {} });
  const tally = { checks: 0, sawOwnAnswer: 0, standbyBehind: 0 };
  try {
    await standby.unsafe(`alter system set recovery_min_apply_delay = '${STANDBY_DELAY}'`);
    await standby`select pg_reload_conf()`;
    await sleep(1000);
    for (const [round, person] of people.entries()) {
      const scores = pulse.itemIds.map((_, index) => 1 + ((round * 3 + index) % 5));
      const status = await putResponse(cluster.proxy.origin, pulse, person.cookie, scores);
      if (status < 200 || status >= 300) continue;
      tally.checks++;
      const [seen, onStandby] = await Promise.all([
        ownScores(cluster.proxy.origin, pulse, person.cookie),
        standby<{ itemId: number; score: number }[]>`
          select a.item_id as "itemId", a.score from responses r join answers a on a.response_id = r.id
          where r.pulse_id = ${pulse.id} and r.person_id = ${person.personId}`,
      ]);
      if (JSON.stringify(seen) === JSON.stringify(scores)) tally.sawOwnAnswer++;
      const standbyScores = new Map(onStandby.map((row) => [row.itemId, row.score]));
      if (pulse.itemIds.some((itemId, index) => standbyScores.get(itemId) !== scores[index])) tally.standbyBehind++;
    }
  } finally {
    await standby.unsafe('alter system reset recovery_min_apply_delay');
    await standby`select pg_reload_conf()`;
    await standby.end();
  }
  return {
    standbyDelay: STANDBY_DELAY,
    ...tally,
    pass: tally.checks > 0 && tally.sawOwnAnswer === tally.checks,
  };
}
