'use server';
import { getDb } from '@/db';
import { signOut } from '@/lib/server/auth';
import { requestSession } from '@/lib/server/auth/request-session';
import { requirePageViewer } from '@/lib/server/access/session';
import { endEverySession, endSession } from './end-sessions';

export async function signOutAction(): Promise<void> {
  const session = await requestSession();
  if (session) await endSession(await getDb(), session);
  await signOut({ redirectTo: '/login' });
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await requirePageViewer();
  await endEverySession(await getDb(), viewer);
  await signOut({ redirectTo: '/login' });
}
