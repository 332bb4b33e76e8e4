import 'server-only';
import type { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/domain/errors';
import { ScimError } from '@/lib/domain/scim/scim-error';
import { bearerTokenOf, hashScimToken } from '@/lib/domain/scim/scim-token';
import { findActiveScimToken } from '@/lib/queries/scim/scim-tokens';
import { RETRY_AFTER_SECONDS, databaseUnavailable } from '@/lib/server/next/database-unavailable';
import { scimBaseUrl } from './scim-base-url';
import { SCIM_CONTENT_TYPE, scimResponse } from './scim-response';

/** The identity provider calling: the token it presented, by id (for the audit log) and name. */
export interface ScimCaller {
  tokenId: number;
  tokenName: string;
}

export interface ScimContext<Params> {
  request: Request;
  params: Params;
  caller: ScimCaller;
  db: Database;
  /** The base URL of this service's SCIM endpoints, e.g. https://verbinding.example/scim/v2, for `meta.location`. */
  baseUrl: string;
}

/** What a handler answers: a body (a resource, a list) with its status, or nothing (204). */
export interface ScimResult {
  status?: number;
  body?: unknown;
  location?: string;
}

/** A provisioning run sends one resource per request; a megabyte is far more than any needs. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * A SCIM endpoint: authenticates the bearer token (an active token an admin created), runs the
 * handler, and answers every failure in SCIM's error format with its status. SCIM is called by an
 * identity provider's server, never from a browser page, so it carries no cookies and needs no
 * same-site check.
 */
export function scimRoute<Params = Record<string, never>>(
  handler: (context: ScimContext<Params>) => Promise<ScimResult>,
) {
  return async (request: Request, segment: { params: Promise<Params> }): Promise<NextResponse> => {
    try {
      const db = await getDb();
      const caller = await authenticate(db, request);
      const result = await handler({
        request,
        params: await segment.params,
        caller,
        db,
        baseUrl: scimBaseUrl(request),
      });
      return scimResponse(result.body, { status: result.status, location: result.location });
    } catch (error) {
      return scimErrorResponse(error);
    }
  };
}

async function authenticate(db: Database, request: Request): Promise<ScimCaller> {
  const token = bearerTokenOf(request.headers.get('authorization'));
  const found = token ? await findActiveScimToken(db, hashScimToken(token)) : null;
  if (!found)
    throw new ScimError(
      401,
      'A valid bearer token is required: create one at /admin and send it as "Authorization: Bearer <token>".',
    );
  return { tokenId: found.id, tokenName: found.name };
}

/** The request body as JSON, in `application/scim+json` or `application/json`; a SCIM 400 otherwise. */
export async function readScimBody(request: Request): Promise<unknown> {
  const contentType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== SCIM_CONTENT_TYPE && contentType !== 'application/json')
    throw new ScimError(400, `Send the body as ${SCIM_CONTENT_TYPE} or application/json.`, 'invalidSyntax');
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new ScimError(413, 'The request body is larger than this service accepts (1 MB).', 'tooMany');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ScimError(400, 'The request body is not valid JSON.', 'invalidSyntax');
  }
}

function scimErrorResponse(error: unknown): NextResponse {
  const scimError = asScimError(error);
  const response = scimResponse(scimError.toJSON(), { status: scimError.status });
  if (scimError.status === 401) response.headers.set('www-authenticate', 'Bearer realm="Verbinding SCIM"');
  if (scimError.status === 503) response.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
  return response;
}

function asScimError(failure: unknown): ScimError {
  const error = databaseUnavailable(failure) ?? failure;
  if (error instanceof ScimError) return error;
  if (error instanceof ZodError) {
    const detail = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    return new ScimError(400, detail, 'invalidValue');
  }
  if (error instanceof AppError) {
    const status = error.code === 'invalid_input' ? 400 : error.status;
    return new ScimError(status, error.message, error.code === 'conflict' ? 'uniqueness' : undefined);
  }
  console.error(error);
  return new ScimError(500, 'Something went wrong on our side; nothing was changed.');
}
