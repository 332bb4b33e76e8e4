import { appUrl } from '@/lib/server/notifications/app-url';

/**
 * Where the SCIM endpoints are: under AUTH_URL's origin when it is set, otherwise under the origin a
 * request came to, or this server's when there is no request (the tenant URL shown at /admin).
 */
export function scimBaseUrl(request?: Request): string {
  const origin = process.env.AUTH_URL || !request ? new URL(appUrl()).origin : new URL(request.url).origin;
  return `${origin}/scim/v2`;
}
