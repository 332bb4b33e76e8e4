import { AppError } from '@/lib/domain/errors';

/** Body types a cross-site form cannot send without a CORS preflight, which this app never grants. */
export type PreflightedBodyType =
  'application/json' | 'text/csv' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Fetch metadata a browser sends for a request from the app's own pages, or typed by the person. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

export const changesState = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

const firstOf = (value: string | null) => value?.split(',')[0]?.trim() || null;

/**
 * The origin the app is served at: AUTH_URL's when set (behind a proxy that rewrites the host),
 * otherwise the one the request was addressed to, as a forwarding proxy reports it.
 */
export function ownOrigin(request: Request, authUrl: string | undefined): string {
  if (authUrl) return new URL(authUrl).origin;
  const url = new URL(request.url);
  const host = firstOf(request.headers.get('x-forwarded-host')) ?? request.headers.get('host') ?? url.host;
  const protocol = firstOf(request.headers.get('x-forwarded-proto')) ?? url.protocol.replace(/:$/, '');
  return `${protocol}://${host}`;
}

/**
 * Refuses a state-changing request that a browser says came from another site (Sec-Fetch-Site,
 * Origin) or whose body a cross-site form could send without a preflight. A request without
 * those headers does not come from a browser's page, and carries no one's cookies unknowingly.
 */
export function assertSameSiteRequest(
  request: Request,
  bodyType: PreflightedBodyType | readonly PreflightedBodyType[],
  authUrl = process.env.AUTH_URL,
): void {
  if (!changesState(request.method)) return;
  const fetchSite = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (
    (fetchSite !== null && !OWN_FETCH_SITES.has(fetchSite)) ||
    (origin !== null && origin !== ownOrigin(request, authUrl))
  ) {
    throw new AppError(
      'forbidden',
      'Requests from other sites are refused: use Verbinding’s own pages. Nothing was changed.',
    );
  }
  const contentType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  const accepted: readonly string[] = typeof bodyType === 'string' ? [bodyType] : bodyType;
  if (contentType === undefined || !accepted.includes(contentType)) {
    const types = accepted.join(' or ');
    throw new AppError(
      'unsupported_media_type',
      `Send the request body as ${types} (Content-Type). Nothing was changed.`,
    );
  }
}
