import { NextResponse } from 'next/server';

/** Next's compression leaves smaller bodies alone when it can see their length. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * A JSON response that small bodies leave uncompressed. Gzipping a small answer costs more than
 * the bytes it saves (a zlib stream through the thread pool, a chunked body in several writes),
 * but Next drops a route's Content-Length, by which its compression would skip them;
 * `Cache-Control: no-transform` is the signal it still honours.
 */
export function jsonResponse(body: unknown, init: ResponseInit = {}): NextResponse {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json');
  if (Buffer.byteLength(text) < COMPRESSION_THRESHOLD_BYTES) {
    headers.set('cache-control', [headers.get('cache-control'), 'no-transform'].filter(Boolean).join(', '));
  }
  return new NextResponse(text, { ...init, headers });
}
