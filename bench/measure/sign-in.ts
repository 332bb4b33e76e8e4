import { randomInt } from 'node:crypto';
import { hashPassword, verifyPassword } from '@/lib/domain/auth/password';
import { fetchCsrf, postCredentials } from '../support/credentials-sign-in';
import { median, round, timeRuns } from '../support/stats';

export interface SignInResult {
  /** Median ms of one Argon2id verification in the bench's own process: the floor of any sign-in. */
  argon2Ms: number;
  /** Median ms of a right password through Auth.js: throttle read and reset, verification, audit, session. */
  signInMs: number;
  signInVsArgon2: number;
  /** Median ms of a signed-in page, alone and while wrong sign-ins flood the server from many addresses. */
  pageIdleMs: number;
  pageUnderFloodMs: number;
  floodSlowdown: number;
  floodConnections: number;
  floodAttempts: number;
  /** Of those, refused at once because the verification slots and their queue were full. */
  floodRefusedBusy: number;
}

interface Options {
  origin: string;
  /** An account that signs in, and a page with a session cookie, both of the served database. */
  account: { email: string; password: string };
  page: { path: string; cookie: string };
  rounds: number;
  floodConnections: number;
}

async function timePage(origin: string, page: Options['page']): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${origin}${page.path}`, { headers: { cookie: page.cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${page.path} answered ${response.status}: the session was refused`);
  return performance.now() - started;
}

/**
 * What a sign-in costs, and what a flood of wrong ones costs everyone else: each flood request
 * tries an unknown email from an address of its own, so neither the account nor the address limits
 * stop it and only the cap on concurrent verifications stands between it and the CPU (issue #15
 * measured a page at 25 ms going to 490 ms under 16 such connections before the cap).
 */
export async function measureSignIn(options: Options): Promise<SignInResult> {
  const { origin } = options;
  const stored = await hashPassword('bench-password');
  const argon2 = await timeRuns(options.rounds, () => verifyPassword(stored, 'bench-password'));

  const csrf = await fetchCsrf(origin);
  const signIns = await timeRuns(options.rounds, async () => {
    const outcome = await postCredentials(origin, csrf, options.account.email, options.account.password);
    if (outcome !== 'signed-in') throw new Error(`${options.account.email} could not sign in: ${outcome}`);
  });

  const idle = await timeRuns(options.rounds, () => timePage(origin, options.page));

  let flooding = true;
  let attempts = 0;
  let busy = 0;
  const flood = Array.from({ length: options.floodConnections }, async () => {
    const own = await fetchCsrf(origin);
    while (flooding) {
      const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
      const outcome = await postCredentials(
        origin,
        own,
        `flood-${randomInt(1e9)}@bench.test`,
        'wrong-password',
        address,
      );
      attempts += 1;
      if (outcome === 'busy') busy += 1;
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const underFlood: number[] = [];
  for (let run = 0; run < options.rounds; run++) underFlood.push(await timePage(origin, options.page));
  flooding = false;
  await Promise.all(flood);

  const [argon2Ms, signInMs] = [median(argon2.samples), median(signIns.samples)];
  const [pageIdleMs, pageUnderFloodMs] = [median(idle.samples), median(underFlood)];
  return {
    argon2Ms: round(argon2Ms),
    signInMs: round(signInMs),
    signInVsArgon2: round(signInMs / argon2Ms, 2),
    pageIdleMs: round(pageIdleMs),
    pageUnderFloodMs: round(pageUnderFloodMs),
    floodSlowdown: round(pageUnderFloodMs / pageIdleMs, 2),
    floodConnections: options.floodConnections,
    floodAttempts: attempts,
    floodRefusedBusy: busy,
  };
}
