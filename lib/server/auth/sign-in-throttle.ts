import type { Database } from '@/db/client';
import { verificationsFull } from '@/lib/domain/auth/password';
import { VerificationsBusy } from '@/lib/domain/auth/password-verification-limit';
import {
  type AuthenticatedPerson,
  authenticateWithPassword,
  findPersonIdByEmail,
} from '@/lib/queries/auth/people-lookup';
import { recordLock, recordSignIn } from './sign-in-audit';
import { type ThrottleScope, accountKey } from '@/lib/domain/auth/sign-in-throttle-policy';
import {
  claimAccountAttempt,
  findRefusal,
  forgetAccount,
  recordFailure,
  releaseAccountAttempt,
} from '@/lib/queries/auth/sign-in-throttle-store';

/** Refused before the password was looked at: the account or the address must wait until `retryAt`. */
export class SignInThrottled extends Error {
  constructor(
    readonly scope: ThrottleScope,
    readonly retryAt: Date,
  ) {
    super(`Too many failed sign-ins for this ${scope}; try again after ${retryAt.toISOString()}.`);
    this.name = 'SignInThrottled';
  }
}

export interface PasswordSignIn {
  email: string;
  password: string;
  /** From clientAddressOf; null when the request carried no usable address. */
  clientAddress: string | null;
}

/** Requests without a usable address share one key: they are throttled too, together. */
const UNKNOWN_ADDRESS = 'unknown';

/**
 * A password sign-in under the throttle. While the address or the account must wait, it is refused
 * with SignInThrottled before any Argon2 work; otherwise the password is verified (VerificationsBusy
 * when the server has no room). A success clears the account's failures and is audited; a failure
 * is counted, and a lock it starts is audited. Whether the account exists changes none of this.
 */
export async function authenticateWithThrottle(
  db: Database,
  attempt: PasswordSignIn,
  now = new Date(),
): Promise<AuthenticatedPerson | null> {
  // Refused before any database work: under a flood most attempts end here, cheaply.
  if (verificationsFull()) throw new VerificationsBusy();
  const keys = { account: accountKey(attempt.email), address: attempt.clientAddress ?? UNKNOWN_ADDRESS };
  const refusal = await findRefusal(db, keys, now);
  if (refusal) throw new SignInThrottled(refusal.scope, refusal.retryAt);
  const accountWaitsUntil = await claimAccountAttempt(db, keys.account, now);
  if (accountWaitsUntil) throw new SignInThrottled('account', accountWaitsUntil);

  let person: AuthenticatedPerson | null;
  try {
    person = await authenticateWithPassword(db, attempt.email, attempt.password);
  } catch (error) {
    await releaseAccountAttempt(db, keys.account);
    throw error;
  }
  if (person) {
    await forgetAccount(db, keys.account);
    await recordSignIn(db, Number(person.id), 'password');
    return person;
  }
  for (const lock of await recordFailure(db, keys, now)) {
    await recordLock(db, lock, lock.scope === 'account' ? await findPersonIdByEmail(db, attempt.email) : null);
  }
  return null;
}
