/** A password sign-in over HTTP through Auth.js's own endpoints, as the login form's action makes it. */
export interface CsrfPair {
  token: string;
  cookie: string;
}

export async function fetchCsrf(origin: string): Promise<CsrfPair> {
  const response = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { token: csrfToken, cookie };
}

/** The session cookie a response set, as a `Cookie` header value, or null. */
function sessionCookieOf(response: Response): string | null {
  const line = response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('authjs.session-token=') && !cookie.startsWith('authjs.session-token=;'));
  return line?.split(';')[0] ?? null;
}

async function sendCredentials(
  origin: string,
  csrf: CsrfPair,
  email: string,
  password: string,
  forwardedFor?: string,
): Promise<Response> {
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: csrf.cookie,
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: new URLSearchParams({ csrfToken: csrf.token, email, password }),
  });
  await response.arrayBuffer();
  return response;
}

/**
 * POSTs the credentials: 'signed-in' when Auth.js set a session cookie, otherwise the code of the
 * refusal it redirected with (e.g. 'credentials', 'throttled', 'busy'). `forwardedFor` picks the
 * client address the app throttles.
 */
export async function postCredentials(
  origin: string,
  csrf: CsrfPair,
  email: string,
  password: string,
  forwardedFor?: string,
): Promise<string> {
  const response = await sendCredentials(origin, csrf, email, password, forwardedFor);
  if (sessionCookieOf(response)) return 'signed-in';
  const location = response.headers.get('location');
  return (location && new URL(location, origin).searchParams.get('code')) || 'refused';
}

/** Signs in through the form's endpoint and returns the new session's cookie. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await sendCredentials(origin, await fetchCsrf(origin), email, password);
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error(`signing in as ${email} on ${origin} was refused`);
  return cookie;
}
