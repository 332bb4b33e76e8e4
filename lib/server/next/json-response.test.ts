import { describe, expect, it } from 'vitest';
import { jsonResponse } from './json-response';

describe('jsonResponse', () => {
  it('sends a small body as JSON that compression leaves alone, keeping the caller’s headers and status', async () => {
    const response = jsonResponse(
      { pulseId: 4, created: true },
      { status: 201, headers: { 'cache-control': 'private, no-store' } },
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('private, no-store, no-transform');
    expect(await response.json()).toEqual({ pulseId: 4, created: true });
  });

  it('lets a body of a kilobyte or more be compressed', () => {
    const response = jsonResponse({ rows: 'x'.repeat(1024) }, { headers: { 'cache-control': 'private, no-store' } });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});
