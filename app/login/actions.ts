'use server';
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/server/auth';
import { credentialsSchema } from '@/lib/domain/auth/credentials-schema';
import { signInPath } from '@/lib/domain/auth/callback-path';
import { singleSignOnMethodsFrom } from '@/lib/domain/auth/sign-in-methods';
import { BusySignIn, ThrottledSignIn } from '@/lib/server/auth/password-sign-in-errors';

/** Who must wait after too many failures (the account, or everyone at this address), until when, and how many seconds that is. */
export interface ThrottleNotice {
  scope: 'account' | 'address';
  retryAt: string;
  waitSeconds: number;
}

export type SignInState =
  | { error?: 'invalid' | 'credentials' | 'busy'; email?: string }
  | { error: 'throttled'; email: string; throttle: ThrottleNotice };

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = credentialsSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  const email = typeof formData.get('email') === 'string' ? (formData.get('email') as string) : '';
  if (!parsed.success) return { error: 'invalid', email };
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    // A refusal says why in plain words, never whether the email exists.
    if (error instanceof ThrottledSignIn) {
      const waitSeconds = Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000));
      return {
        error: 'throttled',
        email,
        throttle: { scope: error.scope, retryAt: error.retryAt.toISOString(), waitSeconds },
      };
    }
    if (error instanceof BusySignIn) return { error: 'busy', email };
    if (error instanceof AuthError) return { error: 'credentials', email };
    throw error;
  }
  redirect(signInPath(formData.get('callbackUrl')));
}

/**
 * Sends the person to the identity provider they chose (Microsoft Entra ID or another OpenID Connect
 * provider); a provider this server does not offer leaves them on the sign-in page. Signed in, the
 * person comes back to the sign-in page, which sends them on: to the page they were going to if
 * their roles open it, else to their home (landingAfterSignIn). Only a path on this site travels,
 * and a relative one, so the browser stays on the host it used.
 */
export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = formData.get('provider');
  const redirectTo = signInPath(formData.get('callbackUrl'));
  if (typeof provider !== 'string' || !singleSignOnMethodsFrom(process.env).includes(provider)) redirect(redirectTo);
  await signIn(provider, { redirectTo });
}
