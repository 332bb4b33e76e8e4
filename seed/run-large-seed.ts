import postgres from 'postgres';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { DEMO_PASSWORD } from '@/seed/demo/demo-structure';
import { hashPassword } from '@/lib/domain/auth/password';
import { checkRollups } from '@/lib/queries/rollups/check-rollups';
import { rebuildRollups } from '@/lib/queries/rollups/rebuild-rollups';
import { finishSeed, vacuumAndMeasure } from './write/finish-seed';
import { publishOverTime } from './write/publish-over-time';
import type { LargeSizes } from './large/large-types';
import { planLarge } from './large/plan-large';
import { pulseId } from './plan/plan-pulses';
import { writeOrganisation } from './write/write-organisation';
import { writeResponses } from './write/write-responses';

export interface LargeSeedOptions {
  /** Empty every table first; otherwise the database must hold no people yet. */
  reset?: boolean;
  /** Compare the whole rollup with a recomputation (lib/queries/rollups/check-rollups.ts), not only a sample of pulses. */
  fullCheck?: boolean;
  today?: Date;
  log?: (line: string) => void;
}

export interface LargeSeedReport {
  sizes: LargeSizes;
  rows: Record<string, number>;
  seconds: Record<string, number>;
  databaseSize: { bytes: number; pretty: string };
  check: { scope: string; pulseIds: number[]; differences: number; seconds: number };
}

/** Seeds the large synthetic organisation into the Postgres database at `url`, migrating it first. */
export async function runLargeSeed(
  url: string,
  sizes: LargeSizes,
  options: LargeSeedOptions = {},
): Promise<LargeSeedReport> {
  const log = options.log ?? (() => {});
  const seconds: Record<string, number> = {};
  const started = performance.now();
  let lap = started;
  const time = (stage: string) => {
    const now = performance.now();
    seconds[stage] = Math.round(now - lap) / 1000;
    lap = now;
    log(`  ${stage.padEnd(14)} ${seconds[stage]?.toFixed(1)} s`);
  };

  const handle = openDatabase({ url });
  const sql = postgres(url, {
    max: 4,
    onnotice: () => {},
    connection: { synchronous_commit: 'off', maintenance_work_mem: '512MB' },
  });
  try {
    await migrateDatabase(handle);
    await prepareEmpty(sql, options.reset ?? false);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    time('migrate');

    const today = options.today ?? new Date();
    const plan = planLarge(today, sizes);
    time('plan');

    const rows = await writeOrganisation(sql, plan.organisation, plan.pulses, passwordHash);
    time('organisation');
    const responseTimings = await writeResponses(sql, plan.pulses, plan.responses);
    time('responses');
    log(
      `    of which COPY ${responseTimings.copySeconds.toFixed(1)} s, indexes and keys ${responseTimings.indexSeconds.toFixed(1)} s`,
    );
    seconds['responses copy'] = Math.round(responseTimings.copySeconds * 1000) / 1000;
    seconds['responses indexes'] = Math.round(responseTimings.indexSeconds * 1000) / 1000;
    Object.assign(rows, {
      responses: plan.responses.count,
      answers: plan.responses.count * plan.responses.itemsPerPulse,
      comments: plan.responses.comments.length,
    });
    // The app's own recomputation, as the demo seed builds its rollup.
    await rebuildRollups(handle.db);
    const [rollup] = await sql<{ count: number }[]>`select count(*)::int as count from rollup_team_pulse`;
    rows.rollupTeamPulse = rollup?.count ?? 0;
    time('rollups');

    await finishSeed(sql, plan.pulses[0]!.opensAt, rows);
    await sql`vacuum (analyze)`;
    time('vacuum analyze');
    const published = await publishOverTime(
      handle.db,
      sql,
      plan.pulses.map((pulse) => pulse.closesAt),
      today,
    );
    time('publish');
    log(`    ${published.runs} runs, ${published.periods} periods decided`);
    const databaseSize = await vacuumAndMeasure(sql);
    time('measure');
    seconds.total = Math.round(performance.now() - started) / 1000;

    const pulseIds = samplePulses(plan.pulses.map((_, index) => pulseId(index)));
    const checkStarted = performance.now();
    const differences = await checkRollups(handle.db, options.fullCheck ? {} : { pulseIds });
    const check = {
      scope: options.fullCheck ? 'every pulse' : 'sample of pulses',
      pulseIds: options.fullCheck ? [] : pulseIds,
      differences: differences.length,
      seconds: Math.round(performance.now() - checkStarted) / 1000,
    };
    log(`  check          ${check.seconds.toFixed(1)} s, ${check.differences} differences (${check.scope})`);
    return { sizes, rows, seconds, databaseSize, check };
  } finally {
    await sql.end();
    await handle.close();
  }
}

async function prepareEmpty(sql: postgres.Sql, reset: boolean): Promise<void> {
  const tables = await sql<{ name: string }[]>`select tablename as name from pg_tables where schemaname = 'public'`;
  if (reset) {
    await sql.unsafe(`truncate ${tables.map((t) => `"${t.name}"`).join(', ')} restart identity cascade`);
    return;
  }
  const [people] = await sql<{ count: number }[]>`select count(*)::int as count from people`;
  if ((people?.count ?? 0) > 0)
    throw new Error('The database already holds people: seed an empty database, or pass --reset to empty it first.');
}

/** The first, the middle and the latest pulse: old, recent and (when one is) open. */
function samplePulses(pulseIds: readonly number[]): number[] {
  const sample = [pulseIds[0], pulseIds[Math.floor(pulseIds.length / 2)], pulseIds.at(-1)].filter(
    (id) => id !== undefined,
  );
  return [...new Set(sample)];
}
