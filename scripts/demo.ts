/**
 * `npm run demo`: the whole product on one machine. Migrates and seeds the database (embedded
 * PGlite in .data/ unless DATABASE_URL is set), builds, serves, and prints the demo logins.
 */
import { spawn, spawnSync } from 'node:child_process';
import { openDatabaseFromEnv } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { formatDemoLogins } from '@/seed/demo/demo-logins';
import { seedDemo } from '@/seed/seed-demo';
import { readOrCreateLocalSecret } from '@/lib/domain/auth/secret';

const port = process.env.PORT ?? '3000';
const url = `http://localhost:${port}`;
const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? readOrCreateLocalSecret(),
  AUTH_URL: process.env.AUTH_URL ?? url,
};

const handle = openDatabaseFromEnv();
await migrateDatabase(handle);
const seeded = await seedDemo(handle.db);
await handle.close();
console.log(
  seeded.alreadySeeded ? 'The demo organisation is already there; kept as it is.' : 'Seeded the demo organisation.',
);

if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);

const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

for (let attempt = 0; attempt < 120; attempt++) {
  const healthy = await fetch(`${url}/api/health`).then(
    (response) => response.ok,
    () => false,
  );
  if (healthy) {
    console.log(`\nVerbinding runs at ${url}\n\n${formatDemoLogins()}\n`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
