import { checkRollups } from '../lib/rollups/check-rollups';
import { rebuildRollups } from '../lib/rollups/rebuild-rollups';
import { openDatabaseFromEnv } from './client';

// `npm run db:rollup` rebuilds every rollup from the raw answers; `-- --check` only compares.
const handle = openDatabaseFromEnv();
try {
  if (process.argv.includes('--check')) {
    const differences = await checkRollups(handle.db);
    if (differences.length === 0) {
      console.log('The rollups equal a recomputation from the raw answers.');
    } else {
      console.error(`The rollups differ from a recomputation in ${differences.length} or more rows, for example:`);
      for (const difference of differences.slice(0, 10)) console.error(`  ${difference.table} (${difference.side}): ${JSON.stringify(difference.row)}`);
      console.error('Run `npm run db:rollup` to rebuild them.');
      process.exitCode = 1;
    }
  } else {
    const started = performance.now();
    await rebuildRollups(handle.db);
    console.log(`Rebuilt the rollups in ${((performance.now() - started) / 1000).toFixed(1)}s.`);
  }
} finally {
  await handle.close();
}
