import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import path from 'node:path';

export interface RunningServer {
  name: string;
  origin: string;
  pid: number;
  stop: () => Promise<void>;
}

const HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 60_000;

/** The production build `next start` serves; the bench measures nothing without it. */
export function assertProductionBuild(root: string): void {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error(`No production build in ${path.join(root, '.next')}: run \`npm run build\` first.`);
  }
}

/**
 * Starts `next start` on 127.0.0.1:`port` against one database, with its own AUTH_SECRET, logging
 * to `logFile`; resolves once /api/health answers 200.
 */
export async function startNextServer(options: {
  name: string;
  root: string;
  port: number;
  databaseUrl: string;
  authSecret: string;
  logFile: string;
  /** A read replica for the reports; none by default. */
  databaseReadUrl?: string;
}): Promise<RunningServer> {
  const origin = `http://${HOST}:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    AUTH_URL: origin,
    PORT: String(options.port),
  };
  // The bench's server reads and writes its own database only, unless given a replica.
  delete env.DATABASE_READ_URL;
  if (options.databaseReadUrl) env.DATABASE_READ_URL = options.databaseReadUrl;
  delete env.NOTIFY_EVERY_MINUTES;
  const log = createWriteStream(options.logFile);
  const child = spawn(
    path.join(options.root, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(options.port), '-H', HOST],
    { cwd: options.root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const stop = () => stopChild(child);
  try {
    await waitForHealth(origin, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: options.name, origin, pid: child.pid ?? 0, stop };
}

async function waitForHealth(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}; see its log`);
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${origin} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

/** Ends the server this bench started (by its own process handle) and waits for it to exit. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
