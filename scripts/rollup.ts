import { checkPersonMeans } from '@/lib/queries/publication/check-person-means';
import { fillPersonMeans } from '@/lib/queries/publication/fill-person-means';
import { checkRollups } from '@/lib/queries/rollups/check-rollups';
import { rebuildRollups } from '@/lib/queries/rollups/rebuild-rollups';
import { openDatabaseFromEnv } from '@/db/client';

// `npm run db:rollup` rebuilds the respondents and invited per team per pulse from the raw tables and
// fills any published cell's missing person means; `-- --check` only compares both with the raw answers.
const handle = openDatabaseFromEnv();
try {
  if (process.argv.includes('--check')) {
    const differences = await checkRollups(handle.db);
    const personMeans = await checkPersonMeans(handle.db);
    if (differences.length === 0) {
      console.log('rollup_team_pulse equals a recomputation from the raw tables.');
    } else {
      console.error(
        `rollup_team_pulse differs from a recomputation in ${differences.length} or more rows, for example:`,
      );
      for (const difference of differences.slice(0, 10))
        console.error(`  ${difference.side}: ${JSON.stringify(difference.row)}`);
      console.error('Run `npm run db:rollup` to rebuild it.');
      process.exitCode = 1;
    }
    if (personMeans.length === 0) {
      console.log('The published person means equal a recomputation from the raw answers.');
    } else {
      console.error(
        `The published person means differ from a recomputation in ${personMeans.length} or more cells, for example:`,
      );
      for (const difference of personMeans.slice(0, 10)) console.error(`  ${JSON.stringify(difference)}`);
      console.error(
        'A published figure is never changed: find out which answers changed after the cell was published.',
      );
      process.exitCode = 1;
    }
  } else {
    const started = performance.now();
    await rebuildRollups(handle.db);
    const filled = await handle.db.transaction((tx) => fillPersonMeans(tx));
    console.log(
      `Rebuilt rollup_team_pulse and filled the person means of ${filled} periods in ${((performance.now() - started) / 1000).toFixed(1)}s.`,
    );
  }
} finally {
  await handle.close();
}
