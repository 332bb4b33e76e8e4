/** The address people open, for the links in e-mails: AUTH_URL, else this server on localhost. */
export function appUrl(env: Record<string, string | undefined> = process.env): string {
  return env.AUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
}
