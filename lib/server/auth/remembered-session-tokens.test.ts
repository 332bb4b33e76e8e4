import { type JWTDecodeParams, decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { rememberedSessionTokens } from './remembered-session-tokens';

const secret = 'a-test-secret-of-enough-length-for-auth-js';
const salt = 'authjs.session-token';
const HOUR = 60 * 60;

/** Auth.js's real decode, counting the decryptions it does. */
function countingDecode() {
  const counter = { calls: 0 };
  const counted = async (params: JWTDecodeParams) => {
    counter.calls++;
    return decode(params);
  };
  return { counter, counted };
}

const tokenFor = (personId: number, maxAge = HOUR) =>
  encode({ secret, salt, maxAge, token: { personId, sub: String(personId) } });

describe('remembered session tokens', () => {
  it('decrypt a token once and answer the same payload after that', async () => {
    const { counter, counted } = countingDecode();
    const remembered = rememberedSessionTokens(counted);
    const token = await tokenFor(7);
    const first = await remembered.decode({ token, secret, salt });
    const second = await remembered.decode({ token, secret, salt });
    expect(first?.personId).toBe(7);
    expect(second).toEqual(first);
    expect(counter.calls).toBe(1);
  });

  it('refuse a remembered token once it has expired', async () => {
    let clock = Date.now();
    const remembered = rememberedSessionTokens(decode, 10, () => clock);
    const token = await tokenFor(7, 60);
    expect(await remembered.decode({ token, secret, salt })).not.toBeNull();
    clock += 61_000;
    expect(await remembered.decode({ token, secret, salt })).toBeNull();
    expect(remembered.size).toBe(0);
  });

  it('never remember a token that does not decrypt, and miss on any change to a known one', async () => {
    const { counter, counted } = countingDecode();
    const remembered = rememberedSessionTokens(counted);
    const token = await tokenFor(7);
    // Auth.js's decode throws on a token it cannot decrypt; getToken turns that into no session.
    const wrongSecret = { token, secret: 'another-secret-of-enough-length-too', salt };
    await expect(remembered.decode(wrongSecret)).rejects.toThrow();
    await expect(remembered.decode(wrongSecret)).rejects.toThrow();
    expect(remembered.size).toBe(0);
    await remembered.decode({ token, secret, salt });
    // The second-to-last character carries only bits of the tag: changed, the token must fail.
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.slice(-1)}`;
    await expect(remembered.decode({ token: tampered, secret, salt })).rejects.toThrow();
    await expect(remembered.decode({ token, secret, salt: 'another-cookie' })).rejects.toThrow();
    expect(counter.calls).toBe(5);
  });

  it('keep at most their capacity, forgetting the least recently used first', async () => {
    const { counter, counted } = countingDecode();
    const remembered = rememberedSessionTokens(counted, 2);
    const [a, b, c] = await Promise.all([tokenFor(1), tokenFor(2), tokenFor(3)]);
    await remembered.decode({ token: a, secret, salt });
    await remembered.decode({ token: b, secret, salt });
    await remembered.decode({ token: a, secret, salt });
    await remembered.decode({ token: c, secret, salt });
    expect(remembered.size).toBe(2);
    expect(counter.calls).toBe(3);
    await remembered.decode({ token: a, secret, salt });
    expect(counter.calls).toBe(3);
    await remembered.decode({ token: b, secret, salt });
    expect(counter.calls).toBe(4);
  });
});
