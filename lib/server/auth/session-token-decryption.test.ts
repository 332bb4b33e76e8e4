import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decryptSessionToken } from './session-token-decryption';

const secret = 'a-test-secret-of-enough-length-for-auth-js';
const salt = 'authjs.session-token';
const HOUR = 60 * 60;

const tokenFor = (personId: number, options: { maxAge?: number; secret?: string } = {}) =>
  encode({
    secret: options.secret ?? secret,
    salt,
    maxAge: options.maxAge ?? HOUR,
    token: { personId, sub: String(personId), roles: ['employee'] },
  });

/** The token with one character of part `index` (0 header … 4 tag) changed. */
function tampered(token: string, index: number): string {
  const parts = token.split('.');
  const part = parts[index]!;
  const middle = Math.floor(part.length / 2);
  parts[index] = `${part.slice(0, middle)}${part[middle] === 'A' ? 'B' : 'A'}${part.slice(middle + 1)}`;
  return parts.join('.');
}

/** Both decoders on the same input: what each answers, or that it refused. */
async function bothDecode(params: { token: string; secret: string | string[] }) {
  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      (value) => ({ value }),
      () => 'refused',
    );
  return {
    authjs: await outcome(decode({ ...params, salt })),
    ours: await outcome(Promise.resolve().then(() => decryptSessionToken({ ...params, salt }))),
  };
}

describe('decryptSessionToken', () => {
  it('reads every token Auth.js encodes exactly as Auth.js decodes it', async () => {
    for (const personId of [1, 42, 20_000]) {
      const { authjs, ours } = await bothDecode({ token: await tokenFor(personId), secret });
      expect(ours).toEqual(authjs);
      expect(ours).toMatchObject({ value: { personId, roles: ['employee'] } });
    }
  });

  it('refuses a token changed anywhere, as Auth.js does', async () => {
    const token = await tokenFor(7);
    for (const part of [0, 2, 3, 4])
      expect(await bothDecode({ token: tampered(token, part), secret })).toEqual({
        authjs: 'refused',
        ours: 'refused',
      });
    expect(await bothDecode({ token: token.split('.').slice(0, 4).join('.'), secret })).toEqual({
      authjs: 'refused',
      ours: 'refused',
    });
  });

  it('refuses a token of another secret, and reads one of an older secret still listed', async () => {
    const old = await tokenFor(7, { secret: 'the-previous-secret-of-enough-length' });
    expect(await bothDecode({ token: old, secret })).toEqual({ authjs: 'refused', ours: 'refused' });
    const rotated = await bothDecode({ token: old, secret: [secret, 'the-previous-secret-of-enough-length'] });
    expect(rotated.ours).toEqual(rotated.authjs);
    expect(rotated.ours).toMatchObject({ value: { personId: 7 } });
  });

  it('refuses an expired token after the same 15 seconds of leeway as Auth.js', async () => {
    const token = await tokenFor(7, { maxAge: 60 });
    const at = (secondsFromNow: number) =>
      decryptSessionToken({ token, secret, salt }, () => Date.now() + secondsFromNow * 1000);
    expect(at(70)).toMatchObject({ personId: 7 });
    expect(() => at(80)).toThrow('expired');
  });

  it('answers null without a token', () => {
    expect(decryptSessionToken({ token: '', secret, salt })).toBeNull();
  });
});
