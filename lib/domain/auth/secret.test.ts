import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingAuthSecretError, readOrCreateLocalSecret, resolveAuthSecret } from './secret';

describe('the auth secret', () => {
  it('uses AUTH_SECRET whenever it is set', () => {
    expect(resolveAuthSecret({ AUTH_SECRET: 'from-env', NODE_ENV: 'production' })).toBe('from-env');
  });

  it('refuses production without AUTH_SECRET, saying what to do', () => {
    expect(() => resolveAuthSecret({ NODE_ENV: 'production' })).toThrow(MissingAuthSecretError);
    expect(() => resolveAuthSecret({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is not set/);
  });

  it('makes a local secret once and then keeps it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbinding-')), 'nested', 'auth-secret');
    const first = readOrCreateLocalSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(readOrCreateLocalSecret(file)).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });
});
