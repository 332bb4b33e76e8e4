'use server';
import { signOut } from '@/lib/server/auth';
import { requestSession } from '@/lib/server/auth/request-session';
import { requirePageViewer } from '@/lib/server/access/session';
import { endEverySession, endSession } from '@/lib/server/sessions/end-sessions';

/** Signing out: no form state to show, it ends on the sign-in page. */
export async function signOutAction(): Promise<void> {
  const session = await requestSession();
  if (session) await endSession(session);
  await signOut({ redirectTo: '/login' });
}

export async function signOutEverywhereAction(): Promise<void> {
  await endEverySession(await requirePageViewer());
  await signOut({ redirectTo: '/login' });
}
