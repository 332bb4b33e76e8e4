import 'server-only';
import type { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { requireSession, requireViewer } from '@/lib/server/access/session';
import type { Viewer } from '@/lib/server/access/viewer';
import { AppError } from '@/lib/domain/errors';
import type { SessionIdentity } from '@/lib/domain/sessions/session-identity';
import { RETRY_AFTER_SECONDS, databaseUnavailable } from './database-unavailable';
import { jsonResponse } from './json-response';
import { assertSameSiteRequest } from './same-site-request';

interface BaseContext<Params> {
  request: Request;
  params: Params;
}

export interface RouteContext<Params> extends BaseContext<Params> {
  viewer: Viewer;
}

export interface SessionRouteContext<Params> extends BaseContext<Params> {
  /** The request's session, not yet checked against the database: the handler does that. */
  session: SessionIdentity;
}

/** Runs a handler with the signed-in party `identify` resolves and maps every failure to `{ error: { code, message } }` with its status. */
function route<Params, Identity>(
  identify: () => Promise<Identity>,
  handler: (context: BaseContext<Params> & Identity) => Promise<unknown>,
) {
  return async (request: Request, segment: { params: Promise<Params> }) => {
    try {
      assertSameSiteRequest(request, 'application/json');
      const identity = await identify();
      const body = await handler({ ...identity, request, params: await segment.params });
      return jsonResponse(body, { headers: { 'cache-control': 'private, no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A signed-in JSON route: resolves the viewer, runs the handler and maps every failure to
 * `{ error: { code, message } }` with its status. The handler's server functions do the
 * authorization and pick their database.
 */
export function jsonRoute<Params = Record<string, never>>(
  handler: (context: RouteContext<Params>) => Promise<unknown>,
) {
  return route(async () => ({ viewer: await requireViewer() }), handler);
}

/**
 * A JSON route for a session's person whose handler reads who they are in its own transaction,
 * in the round trip it makes anyway, and refuses the inactive and the unauthorised itself.
 */
export function sessionJsonRoute<Params = Record<string, never>>(
  handler: (context: SessionRouteContext<Params>) => Promise<unknown>,
) {
  return route(async () => ({ session: await requireSession() }), handler);
}

export function errorResponse(failure: unknown): NextResponse {
  const error = databaseUnavailable(failure) ?? failure;
  if (error instanceof AppError) {
    const retry = error.status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : undefined;
    return jsonResponse(error.toJSON(), { status: error.status, headers: retry });
  }
  if (error instanceof ZodError) {
    const message = error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
    return jsonResponse(new AppError('invalid_input', message).toJSON(), { status: 422 });
  }
  console.error(error);
  return jsonResponse(
    { error: { code: 'internal', message: 'Something went wrong on our side; nothing was changed.' } },
    { status: 500 },
  );
}
