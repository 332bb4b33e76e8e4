import 'server-only';
import type { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { getDb, getReadDb } from '@/db';
import type { Database } from '@/db/client';
import { requireViewer } from '@/lib/dal/session';
import type { Viewer } from '@/lib/dal/viewer';
import { AppError } from '@/lib/errors';
import { jsonResponse } from './json-response';

export interface RouteContext<Params> {
  db: Database;
  /** The read replica when configured (DATABASE_READ_URL), for report queries; otherwise the primary. */
  readDb: Database;
  viewer: Viewer;
  request: Request;
  params: Params;
}

/**
 * A signed-in JSON route: resolves the viewer, runs the handler and maps every failure to
 * `{ error: { code, message } }` with its status. The handler's data functions do the authorization.
 */
export function jsonRoute<Params = Record<string, never>>(handler: (context: RouteContext<Params>) => Promise<unknown>) {
  return async (request: Request, segment: { params: Promise<Params> }) => {
    try {
      const viewer = await requireViewer();
      const [db, readDb] = await Promise.all([getDb(), getReadDb()]);
      const body = await handler({ db, readDb, viewer, request, params: await segment.params });
      return jsonResponse(body, { headers: { 'cache-control': 'private, no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) return jsonResponse(error.toJSON(), { status: error.status });
  if (error instanceof ZodError) {
    const message = error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
    return jsonResponse(new AppError('invalid_input', message).toJSON(), { status: 422 });
  }
  console.error(error);
  return jsonResponse({ error: { code: 'internal', message: 'Something went wrong on our side; nothing was changed.' } }, { status: 500 });
}
