import { describe, expect, it } from 'vitest';
import { bearerTokenOf, generateScimToken, hashScimToken } from './scim-token';

describe('SCIM tokens', () => {
  it('are random, prefixed and long enough that a fast hash is safe to store', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateScimToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^vbscim_[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as their SHA-256, never as themselves', () => {
    const token = generateScimToken();
    expect(hashScimToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashScimToken(token)).toBe(hashScimToken(token));
    expect(hashScimToken(token)).not.toContain(token.slice(7));
  });

  it('are read from a Bearer header only', () => {
    expect(bearerTokenOf('Bearer abc')).toBe('abc');
    expect(bearerTokenOf('bearer  abc ')).toBe('abc');
    expect(bearerTokenOf('Basic abc')).toBeNull();
    expect(bearerTokenOf('Bearer')).toBeNull();
    expect(bearerTokenOf(null)).toBeNull();
  });
});
