import { hash, verify } from '@node-rs/argon2';
import { limitConcurrency, verificationLimitFrom } from './password-verification-limit';

/** Argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/**
 * A real hash of a random string, verified when the email is unknown so that a failed sign-in
 * takes the same time whether or not the account exists.
 */
const dummyHash = hash(crypto.randomUUID(), ARGON2ID);

/** Every verification in this process takes a slot, so that sign-ins cannot take all the CPU. */
const verificationSlot = limitConcurrency(verificationLimitFrom(process.env));

/** Whether a verification now would be refused as busy. */
export const verificationsFull = () => verificationSlot.full();

/** Checks a password; throws VerificationsBusy at once when too many verifications run and wait already. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  return verificationSlot(async () => {
    if (!storedHash) {
      await verify(await dummyHash, password).catch(() => false);
      return false;
    }
    return verify(storedHash, password).catch(() => false);
  });
}
