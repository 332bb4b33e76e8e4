import { checkRollups } from '../lib/rollups/check-rollups';
import { rebuildRollups } from '../lib/rollups/rebuild-rollups';
import { openDatabaseFromEnv } from './client';

// `npm run db:rollup` rebuilds the respondents and invited per team per pulse from the raw tables; `-- --check` only compares.
const handle = openDatabaseFromEnv();
try {
  if (process.argv.includes('--check')) {
    const differences = await checkRollups(handle.db);
    if (differences.length === 0) {
      console.log('rollup_team_pulse equals a recomputation from the raw tables.');
    } else {
      console.error(`rollup_team_pulse differs from a recomputation in ${differences.length} or more rows, for example:`);
      for (const difference of differences.slice(0, 10)) console.error(`  ${difference.side}: ${JSON.stringify(difference.row)}`);
      console.error('Run `npm run db:rollup` to rebuild it.');
      process.exitCode = 1;
    }
  } else {
    const started = performance.now();
    await rebuildRollups(handle.db);
    console.log(`Rebuilt rollup_team_pulse in ${((performance.now() - started) / 1000).toFixed(1)}s.`);
  }
} finally {
  await handle.close();
}
