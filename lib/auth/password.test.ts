import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

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
});
