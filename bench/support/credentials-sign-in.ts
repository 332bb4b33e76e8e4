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
  if (
    response.headers
      .getSetCookie()
      .some((line) => line.startsWith('authjs.session-token=') && !line.startsWith('authjs.session-token=;'))
  )
    return 'signed-in';
  const location = response.headers.get('location');
  return (location && new URL(location, origin).searchParams.get('code')) || 'refused';
}
