'use server';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth';
import { credentialsSchema } from '@/lib/auth/credentials-schema';

export interface SignInState {
  error?: 'invalid' | 'credentials';
  email?: string;
}

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = credentialsSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  const email = typeof formData.get('email') === 'string' ? (formData.get('email') as string) : '';
  if (!parsed.success) return { error: 'invalid', email };
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: '/' });
  } catch (error) {
    // A failed sign-in says only that it failed, never whether the email exists.
    if (error instanceof AuthError) return { error: 'credentials', email };
    throw error;
  }
  return {};
}

export async function signInWithMicrosoft(): Promise<void> {
  await signIn('microsoft-entra-id', { redirectTo: '/' });
}
