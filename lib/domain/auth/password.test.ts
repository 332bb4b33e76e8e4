import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { VerificationsBusy, verificationLimitFrom } from './password-verification-limit';

describe('password hashing', () => {
  it('stores Argon2id with OWASP parameters and verifies only the right password', async () => {
    const stored = await hashPassword('verbinding-demo');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'verbinding-demo')).toBe(true);
    expect(await verifyPassword(stored, 'verbinding-demo ')).toBe(false);
  });

  it('refuses when there is no stored hash, still spending the work of a verification', async () => {
    const started = performance.now();
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(performance.now() - started).toBeGreaterThan(1);
  });

  it('treats a malformed stored hash as a refusal, not a crash', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });

  it('refuses a flood of verifications beyond its running and waiting slots at once', async () => {
    const stored = await hashPassword('verbinding-demo');
    const { concurrency, queueLimit } = verificationLimitFrom(process.env);
    const outcomes = await Promise.allSettled(
      Array.from({ length: concurrency + queueLimit + 5 }, () => verifyPassword(stored, 'wrong')),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(concurrency + queueLimit);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(5);
    expect(refused.every((outcome) => outcome.reason instanceof VerificationsBusy)).toBe(true);
  });
});
