import { createHash } from 'node:crypto';
import type { JWT, JWTDecodeParams } from 'next-auth/jwt';

/** Enough for every person of a large organisation signed in at once; about 20 MB when full. */
const DEFAULT_CAPACITY = 50_000;

type Decode = (params: JWTDecodeParams) => JWT | null | Promise<JWT | null>;

/**
 * A session token `decode` with a memory: a token that decrypted and verified once is not
 * decrypted again while it is valid, since the same cookie comes back at once: a page load reads it
 * in the proxy and in the page, a survey's answers follow their page. Entries are keyed by a hash of
 * the token (the whole ciphertext, so any change to it misses) and the least recently used go first.
 */
export function rememberedSessionTokens(decode: Decode, capacity = DEFAULT_CAPACITY, now = () => Date.now()) {
  const tokens = new Map<string, JWT>();
  const stillValid = (token: JWT) => typeof token.exp !== 'number' || token.exp * 1000 > now();
  return {
    decode: async (params: JWTDecodeParams): Promise<JWT | null> => {
      if (!params.token) return null;
      const key = createHash('sha256').update(params.salt).update('\0').update(params.token).digest('base64');
      const known = tokens.get(key);
      if (known) {
        tokens.delete(key);
        if (!stillValid(known)) return null;
        tokens.set(key, known);
        return known;
      }
      const token = await decode(params);
      if (token && stillValid(token)) {
        tokens.set(key, Object.freeze(token));
        if (tokens.size > capacity) tokens.delete(tokens.keys().next().value!);
      }
      return token;
    },
    get size() {
      return tokens.size;
    },
  };
}
