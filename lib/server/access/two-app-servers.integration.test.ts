import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { openDatabase } from '@/db/client';
import { people } from '@/db/schema';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { mintSessionCookie } from '@/bench/support/session-cookie';
import { type RunningServer, assertProductionBuild, startNextServer } from '@/bench/support/next-server';
import { installAppDatabase } from '@/testing/database/app-database';
import {
  type PostgresServer,
  createAppDatabase,
  freePort,
  startPostgresServer,
} from '@/testing/database/postgres-server';
import { loadViewer } from '@/lib/queries/people/load-viewer';
import { saveAnonymityThresholds } from '@/lib/server/pulses/pulse-settings';

// Two `next start` of the production build on one primary, their reports on a streaming replica
// whose replay is paused: a replica as far behind as it gets. A change written to the primary by
// another app process (this test's) must be in force on both servers' very next request.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const AUTH_SECRET = randomBytes(32).toString('base64');

let primary: PostgresServer;
let replica: PostgresServer;
let app: DatabaseHandle;
let lagging: DatabaseHandle;
const servers: RunningServer[] = [];
const logs = mkdtempSync(path.join(tmpdir(), 'verbinding-two-servers-'));
let hrCookie: string;

async function personOf(email: string) {
  const [person] = await app.db.select().from(people).where(eq(people.email, email));
  return person!;
}

beforeAll(async () => {
  assertProductionBuild(ROOT);
  primary = await startPostgresServer();
  app = await createAppDatabase(primary);
  await seedDemo(app.db);
  replica = await primary.createStandby();
  lagging = openDatabase({ url: replica.url('verbinding') });
  await lagging.query('select pg_wal_replay_pause()');
  installAppDatabase(app);
  for (const name of ['a', 'b']) {
    servers.push(
      await startNextServer({
        name,
        root: ROOT,
        port: await freePort(),
        databaseUrl: primary.url('verbinding'),
        databaseReadUrl: replica.url('verbinding'),
        authSecret: AUTH_SECRET,
        logFile: path.join(logs, `${name}.log`),
      }),
    );
  }
  const hr = await personOf(DEMO_ACCOUNTS.hr.email);
  hrCookie = await mintSessionCookie(AUTH_SECRET, {
    personId: hr.id,
    roles: ['employee', 'hr'],
    name: hr.name,
    email: hr.email,
  });
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(logs, { recursive: true, force: true });
  await lagging?.close();
  await app?.close();
  await replica?.destroy();
  await primary?.destroy();
});

const get = (server: RunningServer, pathname: string) =>
  fetch(`${server.origin}${pathname}`, { headers: { cookie: hrCookie } });

const thresholdsOn = async (server: RunningServer) =>
  ((await (await get(server, '/api/v1/pulse-settings')).json()) as { thresholds: { minGroupSize: number } }).thresholds
    .minGroupSize;

/** The k the organisation page states (in HR's Dutch), beside the reports it reads from the replica. */
const pageThresholdOn = async (server: RunningServer) =>
  Number(/minder dan (\d+) mensen/.exec(await (await get(server, '/org')).text())?.[1]);

async function adminViewer() {
  const viewer = await loadViewer(app.db, (await personOf(DEMO_ACCOUNTS.admin.email)).id);
  return viewer!;
}

describe('two app servers on one primary and a lagging replica', () => {
  it('put a threshold change made elsewhere in force on the next request, the reports too', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    expect([await thresholdsOn(a), await thresholdsOn(b)]).toEqual([5, 5]);
    expect([await pageThresholdOn(a), await pageThresholdOn(b)]).toEqual([5, 5]);

    await saveAnonymityThresholds(await adminViewer(), { minGroupSize: 7, commentMinGroupSize: 12 });
    // The replica has not seen the change ...
    const [onReplica] = await lagging.query(`select value->>'minGroupSize' as k from settings where key = 'anonymity'`);
    expect(onReplica?.k ?? '5').toBe('5');
    // ... and neither server answers with the old thresholds.
    expect([await thresholdsOn(b), await thresholdsOn(a)]).toEqual([7, 7]);
    expect([await pageThresholdOn(b), await pageThresholdOn(a)]).toEqual([7, 7]);
  });

  it('refuse a role taken away elsewhere on the next request, whichever server served the person before', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    expect([(await get(a, '/api/v1/people')).status, (await get(b, '/api/v1/people')).status]).toEqual([200, 200]);
    // Written straight to the primary, as a SCIM group or an import might, without ending the
    // person's session: only a role read afresh on every request refuses them now.
    const hr = await personOf(DEMO_ACCOUNTS.hr.email);
    await app.query(`delete from person_roles where person_id = $1 and role = 'hr'`, [hr.id]);
    expect([(await get(b, '/api/v1/people')).status, (await get(a, '/api/v1/people')).status]).toEqual([403, 403]);
  });
});
