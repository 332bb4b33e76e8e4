import { openDatabaseFromEnv } from '@/db/client';
import { formatDemoLogins } from './demo/demo-logins';
import { seedDemo } from './seed-demo';

// `npm run db:seed [-- --reset]`; expects `npm run db:migrate` to have run.
const reset = process.argv.includes('--reset');
const handle = openDatabaseFromEnv();
const started = performance.now();
try {
  const result = await seedDemo(handle.db, { reset });
  if (result.alreadySeeded) {
    console.log('The demo organisation is already seeded; run with --reset to empty the database and seed it anew.');
  } else {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const target = handle.driver === 'postgres' ? 'Postgres' : 'PGlite';
    console.log(`Seeded the demo organisation into ${target} in ${seconds}s:`);
    for (const [table, rows] of Object.entries(result.counts)) {
      console.log(`  ${table.padEnd(12)} ${String(rows).padStart(6)}`);
    }
  }
  console.log(`\n${formatDemoLogins()}`);
} finally {
  await handle.close();
}
