/**
 * `npm run bench`: measures Verbinding at demo size and at the size of a large organisation, as
 * ratios within one run, against a production build (`npm run build` first) and the Postgres on
 * 127.0.0.1. Writes bench/results/latest.json and prints the tables. See bench/BENCHMARKS.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '@/db/client';
import { measureAvailability } from '@/lib/queries/publication/measure-availability';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/seed/demo/demo-structure';
import { parseBenchOptions } from './support/bench-options';
import { createDatabase, databaseExists, databaseUrl, dropDatabase, serverVersion } from './support/databases';
import { sessionPerson } from './support/load-people';
import { describeMachine } from './support/machine';
import { assertProductionBuild, startNextServer } from './support/next-server';
import { mintSessionCookie } from './support/session-cookie';
import { seedDemoTimed } from './measure/demo-seed';
import { measurePageWeight } from './measure/page-weight';
import { profileLargeServer } from './measure/large-profile';
import { comparePglite } from './measure/pglite-vs-postgres';
import { measureSessionCheck } from './measure/session-check';
import { measureSignIn } from './measure/sign-in';
import { measureReportQueries, reportScenarios } from './measure/report-queries';
import { measureSubmissions } from './measure/submissions';
import { type PageProbe, measureTtfb } from './measure/ttfb';
import type { BenchResults } from './report/bench-results';
import { checkTargets } from './report/check-targets';
import { formatResults } from './report/print-results';
import { runLargeSeed } from '@/seed/run-large-seed';

const root = process.cwd();
const resultsDir = path.join(root, 'bench', 'results');
const options = parseBenchOptions(process.argv.slice(2));
assertProductionBuild(root);
mkdirSync(resultsDir, { recursive: true });
const loadAverages: { step: string; oneMinute: number }[] = [];
const say = (line: string) => {
  loadAverages.push({ step: line, oneMinute: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 });
  console.log(line);
};
const stamp = Date.now().toString(36);
const machine = describeMachine(root, await serverVersion(options.serverUrl));
const created: string[] = [];
/** What to undo at the end, newest first, whether the run succeeded or not. */
const cleanup: (() => Promise<unknown>)[] = [];

try {
  const demoName = `bench_demo_${stamp}`;
  say(`Seeding the demo organisation into ${demoName}…`);
  const demoUrl = await createDatabase(options.serverUrl, demoName);
  created.push(demoName);
  const demo = openDatabase({ url: demoUrl });
  cleanup.push(() => demo.close());
  const demoSeed = await seedDemoTimed(demo);

  let largeName = options.largeDb;
  let largeSeed = null;
  if (largeName) {
    if (!(await databaseExists(options.serverUrl, largeName)))
      throw new Error(`--large-db ${largeName}: no such database`);
    say(`Reusing the large organisation in ${largeName}.`);
  } else {
    largeName = `bench_large_${stamp}`;
    say(`Seeding the large organisation into ${largeName}…`);
    const url = await createDatabase(options.serverUrl, largeName);
    created.push(largeName);
    largeSeed = await runLargeSeed(url, options.largeSizes, { log: say });
  }
  const largeUrl = databaseUrl(options.serverUrl, largeName);
  const large = openDatabase({ url: largeUrl });
  const largeSql = postgres(largeUrl, { max: 2, onnotice: () => {} });
  const demoSql = postgres(demoUrl, { max: 1, onnotice: () => {} });
  cleanup.push(
    () => large.close(),
    () => largeSql.end(),
    () => demoSql.end(),
  );

  say('Availability of the published team cells…');
  const availability = { demo: await measureAvailability(demo.db), large: await measureAvailability(large.db) };
  say('Report reads, demo size…');
  const demoReports = await measureReportQueries(await reportScenarios(demo.db), options.runs);
  say(`Report reads, large size${options.rawExport ? '' : ', without the export (--skip-raw-export)'}…`);
  const largeScenarios = (await reportScenarios(large.db)).filter((scenario) => options.rawExport || !scenario.heavy);
  const largeReports = await measureReportQueries(largeScenarios, options.runs);
  say('PGlite against Postgres…');
  const engines = await comparePglite(demoSeed, demoReports, options.runs);

  const authSecret = randomBytes(33).toString('base64');
  say('Starting next start for both databases…');
  const start = (name: string, port: number, url: string, checkout = root) =>
    startNextServer({
      name,
      root: checkout,
      port,
      databaseUrl: url,
      authSecret,
      logFile: path.join(resultsDir, `server-${name}.log`),
    });
  const demoServer = await start('demo', options.firstPort, demoUrl);
  cleanup.push(() => demoServer.stop());
  const largeServer = await start('large', options.firstPort + 1, largeUrl);
  cleanup.push(() => largeServer.stop());
  const cookieFor = async (sql: postgres.Sql, email: string) =>
    mintSessionCookie(authSecret, await sessionPerson(sql, email));

  say('Time to first byte…');
  const probes: PageProbe[] = [];
  for (const [server, sql] of [
    [demoServer, demoSql],
    [largeServer, largeSql],
  ] as const) {
    probes.push(
      {
        label: `${server.name} /team`,
        origin: server.origin,
        path: '/team',
        cookie: await cookieFor(sql, DEMO_ACCOUNTS.leader.email),
      },
      {
        label: `${server.name} /org`,
        origin: server.origin,
        path: '/org',
        cookie: await cookieFor(sql, DEMO_ACCOUNTS.hr.email),
      },
      { label: `${server.name} /login`, origin: server.origin, path: '/login' },
      // Not a target: an employee's own page, which also reads reports.
      {
        label: `${server.name} /me`,
        origin: server.origin,
        path: '/me',
        cookie: await cookieFor(sql, DEMO_ACCOUNTS.employee.email),
      },
    );
  }
  const ttfb = await measureTtfb(probes, options.ttfb.rounds, options.ttfb.warmupRounds);

  say('First-load JavaScript…');
  const pageWeight = await measurePageWeight(demoServer.origin, [
    { path: '/survey', cookie: await cookieFor(demoSql, DEMO_ACCOUNTS.employee.email) },
    { path: '/team', cookie: await cookieFor(demoSql, DEMO_ACCOUNTS.leader.email) },
    { path: '/org', cookie: await cookieFor(demoSql, DEMO_ACCOUNTS.hr.email) },
  ]);

  say(`Sign-in, alone and under a flood of wrong ones${options.before ? `, here and in ${options.before}` : ''}…`);
  const signInOn = async (origin: string) =>
    measureSignIn({
      origin,
      account: { email: DEMO_ACCOUNTS.hr.email, password: DEMO_PASSWORD },
      page: { path: '/team', cookie: await cookieFor(demoSql, DEMO_ACCOUNTS.leader.email) },
      rounds: options.runs.store,
      floodConnections: 16,
    });
  let signInBefore = null;
  if (options.before) {
    assertProductionBuild(options.before);
    const beforeServer = await start('before', options.firstPort + 3, demoUrl, options.before);
    try {
      signInBefore = await signInOn(beforeServer.origin);
    } finally {
      await beforeServer.stop();
    }
  }
  const signIn = await signInOn(demoServer.origin);
  say('The session check in the viewer read…');
  const sessionCheck = await measureSessionCheck(large.db, largeSql, 20 * options.runs.store);

  say('Statements and round trips per request…');
  const profile = await profileLargeServer({
    root,
    serverUrl: options.serverUrl,
    largeName,
    port: options.firstPort + 2,
    authSecret,
    logFile: path.join(resultsDir, 'server-large-profiled.log'),
    sql: largeSql,
  });

  say(
    `Submissions for ${options.load.seconds} s as fast as they are answered, then ${options.load.seconds} s at ${options.load.targetRate}/s…`,
  );
  const { connections, seconds, targetRate, employees } = options.load;
  const submissions = await measureSubmissions({
    origin: largeServer.origin,
    serverPids: [largeServer.pid],
    database: largeName,
    sql: largeSql,
    db: large.db,
    authSecret,
    employees,
    phases: [
      { name: 'capacity', connections, durationSeconds: seconds },
      { name: 'target rate', connections, durationSeconds: seconds, overallRate: targetRate },
    ],
  });

  const [largeRows] = await largeSql<{ responses: number; answers: number }[]>`
    select (select count(*) from responses)::int as responses, (select count(*) from answers)::int as answers`;
  const partial: Omit<BenchResults, 'targets'> = {
    takenAt: new Date().toISOString(),
    quick: options.quick,
    machine,
    databases: {
      demo: demoName,
      large: largeName,
      largeSizes: options.largeDb ? null : options.largeSizes,
      largeRows: { ...largeRows },
    },
    largeSeed,
    demoSeed,
    reportQueries: { demo: demoReports, large: largeReports },
    availability,
    ttfb,
    submissions,
    pageWeight,
    pgliteVsPostgres: engines,
    profile,
    signIn,
    signInBefore,
    sessionCheck,
    loadAverages,
  };
  const results: BenchResults = { ...partial, targets: checkTargets(partial) };
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  say(`\n${formatResults(results)}\n\nWritten to bench/results/latest.json.`);
} finally {
  for (const step of cleanup.reverse()) await step();
  if (!options.keep) for (const name of created) await dropDatabase(options.serverUrl, name);
  else if (created.length > 0) say(`Kept ${created.join(', ')}; reuse the large one with --large-db.`);
}
