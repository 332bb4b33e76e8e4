import { describe, expect, it } from 'vitest';
import { VerificationsBusy, limitConcurrency, verificationLimitFrom } from './password-verification-limit';

/** A task that runs until the test finishes it. */
function controllableTask(started: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const task = () => {
    started.push(name);
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { task, finish: () => finish(name), fail: () => fail(new Error(name)) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the cap on concurrent password verifications', () => {
  it('runs at most its concurrency at once and starts the waiting ones in order as slots free', async () => {
    const run = limitConcurrency({ concurrency: 2, queueLimit: 5 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => controllableTask(started, name));
    const results = tasks.map(({ task }) =>
      run(task).then(
        (value) => value,
        (error: Error) => `failed ${error.message}`,
      ),
    );
    await settle();
    expect(started).toEqual(['a', 'b']);
    tasks[1]!.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[0]!.fail();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    tasks[2]!.finish();
    tasks[3]!.finish();
    expect(await Promise.all(results)).toEqual(['failed a', 'b', 'c', 'd']);
  });

  it('refuses at once when its queue is full, before any running verification ends, and says so beforehand', async () => {
    const run = limitConcurrency({ concurrency: 1, queueLimit: 2 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => controllableTask(started, name));
    expect(run.full()).toBe(false);
    const accepted = tasks.map(({ task }) => run(task));
    expect(run.full()).toBe(true);
    await expect(run(() => Promise.resolve('too many'))).rejects.toBeInstanceOf(VerificationsBusy);
    expect(started).toEqual(['a']);
    for (const { finish } of tasks) {
      finish();
      await settle();
    }
    expect(await Promise.all(accepted)).toEqual(['a', 'b', 'c']);
    expect(run.full()).toBe(false);
    expect(await run(() => Promise.resolve('room again'))).toBe('room again');
  });

  it('leaves a core and a thread of libuv’s pool free by default, and takes an override', () => {
    expect(verificationLimitFrom({}, 2)).toEqual({ concurrency: 1, queueLimit: 8 });
    expect(verificationLimitFrom({}, 16)).toEqual({ concurrency: 3, queueLimit: 24 });
    expect(verificationLimitFrom({ UV_THREADPOOL_SIZE: '16' }, 16)).toEqual({ concurrency: 15, queueLimit: 120 });
    expect(verificationLimitFrom({}, 1)).toEqual({ concurrency: 1, queueLimit: 8 });
    expect(verificationLimitFrom({ PASSWORD_VERIFY_CONCURRENCY: '4' }, 2)).toEqual({ concurrency: 4, queueLimit: 32 });
    expect(() => verificationLimitFrom({ PASSWORD_VERIFY_CONCURRENCY: '0' })).toThrow(/PASSWORD_VERIFY_CONCURRENCY/);
  });
});
