import type { JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { absoluteSessionSeconds, sessionOfToken } from './session-lifetime';

const signedInAt = 1_800_000_000;
const token = { personId: 7, roles: ['employee'], sessionId: 'a1', sessionVersion: 2, authTime: signedInAt } as JWT;

describe('a session token', () => {
  it('counts until its absolute lifetime, however often it was renewed', () => {
    expect(sessionOfToken(token, signedInAt + 12 * 3600 - 1, {})).toEqual({
      personId: 7,
      sessionId: 'a1',
      sessionVersion: 2,
      authTime: signedInAt,
    });
    expect(sessionOfToken(token, signedInAt + 12 * 3600, {})).toBeNull();
    expect(sessionOfToken(token, signedInAt + 3 * 3600, { SESSION_MAX_HOURS: '2' })).toBeNull();
  });

  it('does not count without the claims of a sign-in, as tokens made before sessions could end', () => {
    const { sessionId: _sessionId, ...older } = token;
    expect(sessionOfToken(older as JWT, signedInAt + 60, {})).toBeNull();
    expect(sessionOfToken({ ...token, authTime: '1800000000' } as unknown as JWT, signedInAt + 60, {})).toBeNull();
    expect(sessionOfToken(null)).toBeNull();
  });

  it('lasts 12 hours unless SESSION_MAX_HOURS says otherwise, and ignores a setting that is not a positive number', () => {
    expect(absoluteSessionSeconds({})).toBe(43_200);
    expect(absoluteSessionSeconds({ SESSION_MAX_HOURS: '4' })).toBe(14_400);
    expect(absoluteSessionSeconds({ SESSION_MAX_HOURS: '-1' })).toBe(43_200);
    expect(absoluteSessionSeconds({ SESSION_MAX_HOURS: 'soon' })).toBe(43_200);
  });
});
