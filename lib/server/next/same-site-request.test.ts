import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/domain/errors';
import { assertSameSiteRequest, ownOrigin } from './same-site-request';

const URL_ = 'http://127.0.0.1:3000/api/v1/people/import';

function request(headers: Record<string, string>, method = 'POST') {
  return new Request(URL_, { method, headers: { host: '127.0.0.1:3000', ...headers } });
}

/** The status the check refuses with, or 'allowed'. */
function outcome(
  headers: Record<string, string>,
  options: { method?: string; bodyType?: 'application/json' | 'text/csv'; authUrl?: string } = {},
) {
  try {
    assertSameSiteRequest(request(headers, options.method), options.bodyType ?? 'text/csv', options.authUrl);
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
}

describe('the same-site check of state-changing API requests', () => {
  it('lets a page of the app itself through, and a request without browser headers', () => {
    expect(
      outcome({ 'content-type': 'text/csv', origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }),
    ).toBe('allowed');
    expect(outcome({ 'content-type': 'text/csv; charset=utf-8', 'sec-fetch-site': 'none' })).toBe('allowed');
    expect(outcome({ 'content-type': 'Application/JSON' }, { bodyType: 'application/json' })).toBe('allowed');
  });

  it('refuses another site, a sibling subdomain included, by Origin or by Sec-Fetch-Site, with 403', () => {
    const csv = { 'content-type': 'text/csv' };
    expect(outcome({ ...csv, origin: 'https://evil.example' })).toBe(403);
    expect(outcome({ ...csv, origin: 'http://127.0.0.1:3001' })).toBe(403);
    expect(outcome({ ...csv, origin: 'null' })).toBe(403);
    expect(outcome({ ...csv, 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(outcome({ ...csv, 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:3000' })).toBe(403);
  });

  it('refuses a body a cross-site form could send without a preflight with 415, naming the type expected', () => {
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/csvx',
    ]) {
      expect(outcome({ 'content-type': contentType, 'sec-fetch-site': 'same-origin' }), contentType).toBe(415);
    }
    expect(outcome({})).toBe(415);
    expect(() => assertSameSiteRequest(request({ 'content-type': 'text/plain' }), 'application/json')).toThrow(
      /application\/json/,
    );
  });

  it('leaves reading requests alone', () => {
    expect(outcome({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, { method: 'GET' })).toBe(
      'allowed',
    );
  });

  it('knows its own origin from AUTH_URL, else from the forwarded or the direct host', () => {
    expect(ownOrigin(request({}), 'https://verbinding.example/base')).toBe('https://verbinding.example');
    expect(
      ownOrigin(
        request({ 'x-forwarded-host': 'verbinding.example, proxy.internal', 'x-forwarded-proto': 'https' }),
        undefined,
      ),
    ).toBe('https://verbinding.example');
    expect(ownOrigin(request({}), undefined)).toBe('http://127.0.0.1:3000');
    expect(
      outcome(
        { 'content-type': 'text/csv', origin: 'http://127.0.0.1:3000' },
        { authUrl: 'https://verbinding.example' },
      ),
    ).toBe(403);
    expect(
      outcome(
        { 'content-type': 'text/csv', origin: 'https://verbinding.example' },
        { authUrl: 'https://verbinding.example' },
      ),
    ).toBe('allowed');
  });
});
