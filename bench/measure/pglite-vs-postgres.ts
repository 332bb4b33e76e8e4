import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { round } from '../support/stats';
import { seedDemoTimed } from './demo-seed';
import { type ReportQueryResult, measureReportQueries, reportScenarios } from './report-queries';

export interface EngineComparison {
  seed: { postgresMs: number; pgliteMs: number; ratio: number };
  migrate: { postgresMs: number; pgliteMs: number };
  reports: {
    scenario: string;
    postgresMs: number;
    pgliteMs: number;
    ratio: number;
    rawPostgresMs: number;
    rawPgliteMs: number;
  }[];
  pglite: ReportQueryResult[];
}

/**
 * The embedded default (PGlite in a directory on disk, as `npm run demo` uses) against Postgres
 * at demo size: the same migration, demo seed and report reads on both, in the same run.
 */
export async function comparePglite(
  postgresSeed: { migrateMs: number; seedMs: number },
  postgresReports: readonly ReportQueryResult[],
  runs: { store: number; raw: number },
): Promise<EngineComparison> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verbinding-bench-pglite-'));
  const handle = openDatabase({ dataDir });
  try {
    const seed = await seedDemoTimed(handle);
    const pglite = await measureReportQueries(await reportScenarios(handle.db), runs);
    return {
      seed: {
        postgresMs: postgresSeed.seedMs,
        pgliteMs: seed.seedMs,
        ratio: round(seed.seedMs / postgresSeed.seedMs, 2),
      },
      migrate: { postgresMs: postgresSeed.migrateMs, pgliteMs: seed.migrateMs },
      reports: pglite.map((result) => {
        const postgres = postgresReports.find((candidate) => candidate.scenario === result.scenario);
        return {
          scenario: result.scenario,
          postgresMs: postgres?.storeReadMs ?? Number.NaN,
          pgliteMs: result.storeReadMs,
          ratio: round(result.storeReadMs / (postgres?.storeReadMs ?? Number.NaN), 2),
          rawPostgresMs: postgres?.rawReadMs ?? Number.NaN,
          rawPgliteMs: result.rawReadMs,
        };
      }),
      pglite,
    };
  } finally {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
