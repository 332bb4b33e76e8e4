import { z } from 'zod';

/**
 * OpenID Connect providers besides Microsoft Entra ID (Okta, Google Workspace, Keycloak …), read from
 * the environment: AUTH_OIDC_PROVIDERS lists their ids, and each id has four variables of its own,
 * e.g. for `okta` AUTH_OIDC_OKTA_ISSUER, AUTH_OIDC_OKTA_ID, AUTH_OIDC_OKTA_SECRET and AUTH_OIDC_OKTA_NAME.
 */
export interface OidcProviderConfig {
  /** Auth.js's provider id: part of the callback URL /api/auth/callback/<id>, and what the sign-in audit names. */
  id: string;
  /** What the sign-in button and the admin page call it. */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

type Env = Record<string, string | undefined>;

const LIST = 'AUTH_OIDC_PROVIDERS';
const FIELDS = { issuer: 'ISSUER', clientId: 'ID', clientSecret: 'SECRET', name: 'NAME' } as const;
/** The ids of the other sign-in methods. */
const TAKEN_IDS = ['credentials', 'microsoft-entra-id'];
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** `google-workspace`'s issuer is AUTH_OIDC_GOOGLE_WORKSPACE_ISSUER. */
export function oidcVariable(id: string, field: keyof typeof FIELDS): string {
  return `AUTH_OIDC_${id.toUpperCase().replaceAll('-', '_')}_${FIELDS[field]}`;
}

function variablesOf(id: string): string[] {
  return (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).map((field) => oidcVariable(id, field));
}

const providerIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens, starting with a letter')
  .refine((id) => !TAKEN_IDS.includes(id), 'taken by a built-in sign-in method');

const setting = z
  .string({ error: (issue) => (issue.input === undefined ? 'is not set' : 'is not text') })
  .trim()
  .min(1, 'is empty');

/** An https address without query or fragment; http only on this machine, for testing. */
function isIssuer(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname));
  return secure && !url.search && !url.hash && !url.username;
}

const issuerSchema = setting.refine(
  isIssuer,
  'is not an https address without query or fragment, e.g. https://example.okta.com',
);

function providerSchema(id: string) {
  return z.object({
    [oidcVariable(id, 'issuer')]: issuerSchema,
    [oidcVariable(id, 'clientId')]: setting,
    [oidcVariable(id, 'clientSecret')]: setting,
    [oidcVariable(id, 'name')]: setting.pipe(z.string().max(60, 'is longer than 60 characters')),
  });
}

type Reading = { providers: OidcProviderConfig[]; problem: null } | { providers: []; problem: string };

function refused(problem: string): Reading {
  return { providers: [], problem };
}

function readProvider(env: Env, id: string): OidcProviderConfig | string {
  const parsed = providerSchema(id).safeParse(env);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const variables = variablesOf(id);
    return (
      `OpenID Connect provider "${id}" is not fully configured: ${String(issue?.path[0])} ${issue?.message}. ` +
      `Set ${variables.slice(0, -1).join(', ')} and ${variables.at(-1)}, or take "${id}" out of ${LIST}.`
    );
  }
  const value = (field: keyof typeof FIELDS) => parsed.data[oidcVariable(id, field)]!;
  return {
    id,
    name: value('name'),
    issuer: value('issuer'),
    clientId: value('clientId'),
    clientSecret: value('clientSecret'),
  };
}

function readOidcProviders(env: Env): Reading {
  const ids = (env[LIST] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const providers: OidcProviderConfig[] = [];
  for (const id of ids) {
    const idCheck = providerIdSchema.safeParse(id);
    if (!idCheck.success)
      return refused(`${LIST} names "${id}", which is no provider id: ${idCheck.error.issues[0]?.message}.`);
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) return refused(`${LIST} names "${id}" twice.`);
    const provider = readProvider(env, id);
    if (typeof provider === 'string') return refused(provider);
    providers.push(provider);
  }
  const expected = new Set(ids.flatMap(variablesOf));
  const stray = Object.keys(env).find(
    (key) => key.startsWith('AUTH_OIDC_') && key !== LIST && env[key] && !expected.has(key),
  );
  if (stray)
    return refused(
      `${stray} is set, but no provider in ${LIST} (${ids.join(',') || 'not set'}) uses it. Add the provider's id to ${LIST}, or remove ${stray}.`,
    );
  return { providers, problem: null };
}

/** The configured providers; none while their configuration has a problem (the server then refuses to start). */
export function oidcProvidersFrom(env: Env): OidcProviderConfig[] {
  return readOidcProviders(env).providers;
}

/** What is wrong with the providers' configuration, naming the variable; null when nothing is. */
export function oidcProvidersProblem(env: Env): string | null {
  return readOidcProviders(env).problem;
}
