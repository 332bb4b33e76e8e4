import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { requestSession } from '@/lib/server/auth/request-session';
import { AppError } from '@/lib/domain/errors';
import { type Permission, can } from '@/lib/domain/permissions';
import { ensurePublished } from '@/lib/queries/publication/ensure-published';
import type { SessionIdentity } from '@/lib/domain/sessions/session-identity';
import { type Viewer, loadViewer } from './viewer';

/** The signed-in, still active person for this request whose session has not ended, or null; publishes first whatever has become final. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await requestSession();
  if (session === null) return null;
  const db = await getDb();
  ensurePublished(db);
  return loadViewer(db, session);
});

/** For API routes: the viewer, or a 401/403 AppError. */
export async function requireViewer(permission?: Permission): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('unauthenticated');
  if (permission && !can(viewer.roles, permission)) throw new AppError('forbidden');
  return viewer;
}

/** For API routes whose data function checks the session itself (through viewerStatement): the request's session, or a 401 AppError. */
export async function requireSession(): Promise<SessionIdentity> {
  const session = await requestSession();
  if (session === null) throw new AppError('unauthenticated');
  return session;
}

/** For pages: the viewer, or a redirect to /login, or the 403 page. */
export async function requirePageViewer(permission?: Permission): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  if (permission && !can(viewer.roles, permission)) forbidden();
  return viewer;
}
