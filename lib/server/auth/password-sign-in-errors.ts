import { CredentialsSignin } from 'next-auth';
import { VerificationsBusy } from '@/lib/domain/auth/password-verification-limit';
import { SignInThrottled } from './sign-in-throttle';
import type { ThrottleScope } from '@/lib/domain/auth/sign-in-throttle-policy';

/**
 * Why a password sign-in was refused without an answer on the password, as Auth.js carries it: the
 * code goes into the error redirect of its HTTP endpoint; the sign-in form's action reads the rest.
 * None of them says whether the account exists.
 */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';

  constructor(
    readonly scope: ThrottleScope,
    readonly retryAt: Date,
  ) {
    super();
  }
}

export class BusySignIn extends CredentialsSignin {
  code = 'busy';
}

/** The Auth.js error for a refusal of the throttle or of the verification cap; anything else as it is. */
export function asCredentialsRefusal(error: unknown): unknown {
  if (error instanceof SignInThrottled) return new ThrottledSignIn(error.scope, error.retryAt);
  if (error instanceof VerificationsBusy) return new BusySignIn();
  return error;
}
