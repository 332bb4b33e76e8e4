import { availableParallelism } from 'node:os';

/** Refused at once because too many password verifications are running and waiting already. */
export class VerificationsBusy extends Error {
  constructor() {
    super('Too many password verifications at once; try again in a moment.');
    this.name = 'VerificationsBusy';
  }
}

export interface ConcurrencyLimit {
  concurrency: number;
  /** How many may wait for a free slot; one more is refused with VerificationsBusy instead of piling up. */
  queueLimit: number;
}

/**
 * Runs at most `concurrency` tasks at a time, lets `queueLimit` more wait in order, and refuses the
 * rest at once: a flood of sign-ins then costs at most `concurrency` cores, never the whole server.
 */
export function limitConcurrency({ concurrency, queueLimit }: ConcurrencyLimit) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  const full = () => running >= concurrency && waiting.length >= queueLimit;
  async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running < concurrency) running += 1;
    else if (!full()) await new Promise<void>((resolve) => waiting.push(resolve));
    else throw new VerificationsBusy();
    try {
      return await task();
    } finally {
      release();
    }
  }
  /** Whether a task now would be refused: so that a flood is turned away before it costs anything else. */
  return Object.assign(run, { full });
}

/**
 * Argon2 runs on libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise), which
 * file reads and DNS lookups share, on cores the page requests need too: by default leave one of
 * each free. PASSWORD_VERIFY_CONCURRENCY overrides. A waiter waits for at most eight verifications
 * per slot (about 0.1–0.4 s), so a full queue means a flood, not a busy morning.
 */
export function verificationLimitFrom(
  env: Record<string, string | undefined>,
  cores = availableParallelism(),
): ConcurrencyLimit {
  const configured = env.PASSWORD_VERIFY_CONCURRENCY?.trim();
  if (configured && !/^[1-9]\d{0,2}$/.test(configured)) {
    throw new Error(
      `PASSWORD_VERIFY_CONCURRENCY must be how many password verifications may run at once (1 or more), not "${configured}".`,
    );
  }
  const threadPool = Number(env.UV_THREADPOOL_SIZE) || 4;
  const concurrency = configured ? Number(configured) : Math.max(1, Math.min(cores - 1, threadPool - 1));
  return { concurrency, queueLimit: 8 * concurrency };
}
