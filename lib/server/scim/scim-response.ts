import { NextResponse } from 'next/server';

export const SCIM_CONTENT_TYPE = 'application/scim+json';

/** A SCIM answer: its resource or list in `application/scim+json`, never cached. */
export function scimResponse(body: unknown, init: { status?: number; location?: string } = {}): NextResponse {
  const headers = new Headers({ 'content-type': SCIM_CONTENT_TYPE, 'cache-control': 'no-store' });
  if (init.location) headers.set('location', init.location);
  if (body === undefined || init.status === 204) return new NextResponse(null, { status: init.status ?? 204, headers });
  return new NextResponse(JSON.stringify(body), { status: init.status ?? 200, headers });
}
