import { parseArgs } from 'node:util';
import type { LargeSizes } from '@/seed/large/large-types';
import { LARGE_DEFAULTS, parseSizes } from '@/seed/large/large-sizes';
import { DEFAULT_SERVER_URL } from './databases';

export interface BenchOptions {
  /** The Postgres server the bench creates its databases on (only 127.0.0.1). */
  serverUrl: string;
  /** An already seeded large database to reuse instead of seeding one. */
  largeDb: string | null;
  largeSizes: LargeSizes;
  /** Keep the databases this run created. */
  keep: boolean;
  quick: boolean;
  firstPort: number;
  ttfb: { rounds: number; warmupRounds: number };
  load: { seconds: number; connections: number; targetRate: number; employees: number };
  runs: { store: number; raw: number };
  /** Time the raw side of the large export (one pass over every answer per cell: 10 minutes at 20,000 people). */
  rawExport: boolean;
  /** Another checkout with a production build (an earlier commit), whose sign-in is measured beside this one's. */
  before: string | null;
}

const QUICK_SIZES: LargeSizes = { employees: 4000, teams: 100, weeks: 26 };

/** `npm run bench -- [--quick] [--large-db NAME] [--keep] [--employees N --teams N --weeks N] [--server-url URL] [--port N] [--before DIR] [--skip-raw-export]` */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'large-db': { type: 'string' },
      keep: { type: 'boolean', default: false },
      employees: { type: 'string' },
      teams: { type: 'string' },
      weeks: { type: 'string' },
      'server-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_SERVER_URL },
      port: { type: 'string', default: '3310' },
      before: { type: 'string' },
      'skip-raw-export': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick;
  const defaults = quick ? QUICK_SIZES : LARGE_DEFAULTS;
  const serverUrl = values['server-url'];
  const host = new URL(serverUrl).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error(`the bench only targets this machine; --server-url points at ${host}`);
  return {
    serverUrl,
    largeDb: values['large-db'] ?? null,
    largeSizes: parseSizes({
      employees: values.employees ?? String(defaults.employees),
      teams: values.teams ?? String(defaults.teams),
      weeks: values.weeks ?? String(defaults.weeks),
    }),
    keep: values.keep,
    quick,
    firstPort: Number(values.port),
    ttfb: quick ? { rounds: 10, warmupRounds: 2 } : { rounds: 40, warmupRounds: 5 },
    load: quick
      ? { seconds: 10, connections: 16, targetRate: 300, employees: 3000 }
      : { seconds: 60, connections: 16, targetRate: 300, employees: 20000 },
    runs: quick ? { store: 5, raw: 1 } : { store: 25, raw: 3 },
    rawExport: !values['skip-raw-export'],
    before: values.before ?? null,
  };
}
