import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** What the cluster runs, from Debian's own packages: the program each one installs, and the package. */
const PACKAGES = [
  { program: '/usr/sbin/haproxy', pkg: 'haproxy', pidFile: '/run/haproxy.pid' },
  { program: '/usr/bin/pg_autoctl', pkg: 'postgresql-15-auto-failover', pidFile: null },
];

/**
 * Installs the packages that are missing with apt-get (as .ci/run installs Chromium). A package may
 * start its system service on install; the harness runs its own processes, so a service it just
 * caused to start is stopped again by the PID the service wrote.
 */
export function ensureDebianPackages(log: (line: string) => void): void {
  const missing = PACKAGES.filter(({ program }) => !existsSync(program));
  if (missing.length === 0) return;
  log(`Installing ${missing.map(({ pkg }) => pkg).join(', ')} with apt-get…`);
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update');
  apt('install', '-y', ...missing.map(({ pkg }) => pkg));
  for (const { pidFile } of missing) {
    if (!pidFile || !existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      if (pid > 0) process.kill(pid, 'SIGTERM');
    } catch {
      // Not running.
    }
  }
}
