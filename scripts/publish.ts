import { measureAvailability } from '@/lib/queries/publication/measure-availability';
import { measureQuestionAvailability } from '@/lib/queries/publication/measure-question-availability';
import { publishDue } from '@/lib/queries/publication/publish-due';
import { openDatabaseFromEnv } from '@/db/client';
import { generateAlerts } from '@/lib/queries/alerts/generate-alerts';

// `npm run db:publish` publishes what has become final (as the app does on its own), alerts the leaders, and prints how
// much of what could be shown is shown, per grain; `-- --availability` only prints.
const handle = openDatabaseFromEnv();
try {
  if (!process.argv.includes('--availability')) {
    const run = await publishDue(handle.db);
    console.log(`Published ${run.pulses} pulses and decided ${run.periods} periods.`);
    console.log(`Recorded ${await generateAlerts(handle.db)} alerts for leaders.`);
  }
  console.log('Team cells shown among those with at least k distinct respondents:');
  for (const grain of await measureAvailability(handle.db)) {
    console.log(
      `  ${grain.kind.padEnd(8)} ${(grain.share * 100).toFixed(1).padStart(5)}%  (${grain.shown} of ${grain.eligible})`,
    );
  }
  console.log('Questions shown in shown team cells (cells showing any):');
  for (const grain of await measureQuestionAvailability(handle.db)) {
    console.log(
      `  ${grain.kind.padEnd(8)} ${(grain.share * 100).toFixed(1).padStart(5)}%  (${grain.shown} of ${grain.asked}; ${grain.withQuestions} of ${grain.cells} cells)`,
    );
  }
} finally {
  await handle.close();
}
