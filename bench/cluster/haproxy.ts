import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sleep } from './postgres-nodes';

export interface Proxy {
  origin: string;
  logFile: string;
  process: ChildProcess;
}

/**
 * The reverse proxy: round robin over the app servers, each checked on /api/health every second and
 * taken out after two failures. The check asks whether the server process answers: a 503 (its
 * database unreachable, as during a failover) keeps it in, since every server would answer the same
 * and the app's own 503 tells the client to retry. A request whose connection is refused, or whose server closes the
 * connection without an answer (killed mid-request), is sent to another server: the app's PUT of a
 * response is idempotent (one response per person and pulse, replaced). Every request is logged with
 * its accept time, the server that answered and the status.
 */
export function haproxyConfig(port: number, servers: { name: string; port: number }[]): string {
  return [
    'global',
    '  maxconn 4096',
    '  log stdout format raw local0',
    'defaults',
    '  mode http',
    '  log global',
    // when it was logged (epoch ms, at the end), server, status, ms since the request came, retries, termination state, request line
    '  log-format "%[date(0,ms)] %s %ST %Ta %rc %tsc %{+Q}r"',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response',
    `frontend web`,
    `  bind 127.0.0.1:${port}`,
    '  default_backend apps',
    'backend apps',
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect rstatus ^(200|503)$',
    // /api/health waits up to 2 s for the database.
    '  timeout check 5s',
    '  default-server inter 1s fall 2 rise 2',
    ...servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`),
    '',
  ].join('\n');
}

/** Writes the configuration into `dir` and runs HAProxy in the foreground (`-db`), its log to `dir`/haproxy.log. */
export async function startHaproxy(
  dir: string,
  port: number,
  servers: { name: string; port: number }[],
): Promise<Proxy> {
  const logFile = path.join(dir, 'haproxy.log');
  const configFile = path.join(dir, 'haproxy.cfg');
  writeFileSync(configFile, haproxyConfig(port, servers));
  const log = openSync(logFile, 'a');
  const child = spawn('nice', ['-n', '15', 'haproxy', '-db', '-f', configFile], { stdio: ['ignore', log, log] });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 120; tries++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with code ${child.exitCode}; see ${logFile}`);
    if (
      await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, logFile, process: child };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`haproxy did not answer on ${origin}; see ${logFile}`);
}

export async function stopHaproxy(proxy: Proxy): Promise<void> {
  const child = proxy.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export interface ProxiedRequest {
  receivedAtMs: number;
  server: string;
  status: number;
  totalMs: number;
  retries: number;
  termination: string;
  request: string;
}

/** The requests HAProxy logged so far (lines of other kinds, such as its own notices, are skipped). */
export function readProxyLog(logFile: string): ProxiedRequest[] {
  const requests: ProxiedRequest[] = [];
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    const match = /^(\d+) (\S+) (-?\d+) (-?\d+) \+?(\d+) (\S+) "(.*)"$/.exec(line);
    if (!match) continue;
    requests.push({
      receivedAtMs: Number(match[1]) - Math.max(0, Number(match[4])),
      server: match[2]!,
      status: Number(match[3]),
      totalMs: Number(match[4]),
      retries: Number(match[5]),
      termination: match[6]!,
      request: match[7]!,
    });
  }
  return requests;
}

/**
 * Seconds from `fromMs` until the proxy answered submissions 2xx at `rate` per second or more (within
 * 10 %) for `holdSeconds` seconds in a row, counting the submissions that came in each second; null
 * if it never did before `untilMs`.
 */
export function secondsUntilFullRate(
  requests: ProxiedRequest[],
  fromMs: number,
  untilMs: number,
  rate: number,
  holdSeconds = 5,
): number | null {
  const perSecond = new Map<number, number>();
  for (const request of requests) {
    if (!request.request.startsWith('PUT ') || request.status < 200 || request.status >= 300) continue;
    if (request.receivedAtMs < fromMs || request.receivedAtMs >= untilMs) continue;
    const second = Math.floor((request.receivedAtMs - fromMs) / 1000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  const seconds = Math.floor((untilMs - fromMs) / 1000);
  for (let start = 0; start + holdSeconds <= seconds; start++) {
    let held = true;
    for (let second = start; second < start + holdSeconds && held; second++)
      held = (perSecond.get(second) ?? 0) >= 0.9 * rate;
    if (held) return start;
  }
  return null;
}
