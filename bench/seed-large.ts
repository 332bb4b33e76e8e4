/**
 * `npm run bench:seed -- [--employees 20000] [--teams 500] [--weeks 104] [--reset] [--full-check]`
 * Seeds the large synthetic organisation into the Postgres database at DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { formatDemoLogins } from '@/seed/demo/demo-logins';
import { LARGE_DEFAULTS, parseSizes } from '@/seed/large/large-sizes';
import { runLargeSeed } from '@/seed/run-large-seed';

const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: String(LARGE_DEFAULTS.employees) },
    teams: { type: 'string', default: String(LARGE_DEFAULTS.teams) },
    weeks: { type: 'string', default: String(LARGE_DEFAULTS.weeks) },
    reset: { type: 'boolean', default: false },
    'full-check': { type: 'boolean', default: false },
  },
});

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'Set DATABASE_URL to the Postgres database to seed, e.g. postgres://postgres@127.0.0.1:5432/verbinding_large',
  );
  process.exit(1);
}

const sizes = parseSizes(values);
console.log(`Seeding ${sizes.employees} employees in ${sizes.teams} teams over ${sizes.weeks} weekly pulses:`);
const report = await runLargeSeed(url, sizes, {
  reset: values.reset,
  fullCheck: values['full-check'],
  log: (line) => console.log(line),
});
console.log(
  `\nDone in ${report.seconds.total?.toFixed(1)} s; the database takes ${report.databaseSize.pretty} on disk.`,
);
for (const [table, rows] of Object.entries(report.rows))
  console.log(`  ${table.padEnd(22)} ${String(rows).padStart(10)}`);
console.log(`\n${formatDemoLogins()}`);
if (report.check.differences > 0) {
  console.error(`The rollups differ from a recomputation in ${report.check.differences} rows.`);
  process.exit(1);
}
