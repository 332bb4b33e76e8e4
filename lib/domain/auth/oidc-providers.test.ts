import { describe, expect, it } from 'vitest';
import { oidcProvidersFrom, oidcProvidersProblem, oidcVariable } from './oidc-providers';

const okta = {
  AUTH_OIDC_OKTA_ISSUER: 'https://example.okta.com/oauth2/default',
  AUTH_OIDC_OKTA_ID: '0oa1okta',
  AUTH_OIDC_OKTA_SECRET: 'okta-secret',
  AUTH_OIDC_OKTA_NAME: 'Okta',
};
const google = {
  AUTH_OIDC_GOOGLE_WORKSPACE_ISSUER: 'https://accounts.google.com',
  AUTH_OIDC_GOOGLE_WORKSPACE_ID: 'google-client.apps.googleusercontent.com',
  AUTH_OIDC_GOOGLE_WORKSPACE_SECRET: 'google-secret',
  AUTH_OIDC_GOOGLE_WORKSPACE_NAME: ' Google Workspace ',
};

describe('OpenID Connect providers from the environment', () => {
  it('are none, without a problem, when AUTH_OIDC_PROVIDERS is unset or empty', () => {
    for (const env of [{}, { AUTH_OIDC_PROVIDERS: '' }, { AUTH_OIDC_PROVIDERS: ' , ' }]) {
      expect(oidcProvidersFrom(env)).toEqual([]);
      expect(oidcProvidersProblem(env)).toBeNull();
    }
  });

  it('reads each listed provider from its four variables, in the listed order, names trimmed', () => {
    const env = { AUTH_OIDC_PROVIDERS: 'okta, google-workspace', ...okta, ...google };
    expect(oidcProvidersProblem(env)).toBeNull();
    expect(oidcProvidersFrom(env)).toEqual([
      {
        id: 'okta',
        name: 'Okta',
        issuer: 'https://example.okta.com/oauth2/default',
        clientId: '0oa1okta',
        clientSecret: 'okta-secret',
      },
      {
        id: 'google-workspace',
        name: 'Google Workspace',
        issuer: 'https://accounts.google.com',
        clientId: 'google-client.apps.googleusercontent.com',
        clientSecret: 'google-secret',
      },
    ]);
  });

  it('names the variable that is missing or empty, and offers none of the providers', () => {
    const missing = { AUTH_OIDC_PROVIDERS: 'okta', ...okta, AUTH_OIDC_OKTA_SECRET: undefined };
    expect(oidcProvidersProblem(missing)).toBe(
      'OpenID Connect provider "okta" is not fully configured: AUTH_OIDC_OKTA_SECRET is not set. ' +
        'Set AUTH_OIDC_OKTA_ISSUER, AUTH_OIDC_OKTA_ID, AUTH_OIDC_OKTA_SECRET and AUTH_OIDC_OKTA_NAME, or take "okta" out of AUTH_OIDC_PROVIDERS.',
    );
    expect(oidcProvidersFrom(missing)).toEqual([]);
    expect(oidcProvidersProblem({ AUTH_OIDC_PROVIDERS: 'okta', ...okta, AUTH_OIDC_OKTA_NAME: '  ' })).toMatch(
      /AUTH_OIDC_OKTA_NAME is empty/,
    );
    const secondHalf = { AUTH_OIDC_PROVIDERS: 'okta,google-workspace', ...okta };
    expect(oidcProvidersProblem(secondHalf)).toMatch(
      /"google-workspace".*AUTH_OIDC_GOOGLE_WORKSPACE_ISSUER is not set/,
    );
    expect(oidcProvidersFrom(secondHalf)).toEqual([]);
  });

  it('refuses an issuer that is no https address, allowing http on this machine only', () => {
    const withIssuer = (issuer: string) => ({ AUTH_OIDC_PROVIDERS: 'okta', ...okta, AUTH_OIDC_OKTA_ISSUER: issuer });
    for (const issuer of [
      'example.okta.com',
      'http://example.okta.com',
      'https://example.okta.com/?tenant=1',
      'https://example.okta.com/#x',
      'ftp://127.0.0.1',
    ]) {
      expect(oidcProvidersProblem(withIssuer(issuer)), issuer).toMatch(
        /AUTH_OIDC_OKTA_ISSUER is not an https address without query or fragment/,
      );
    }
    for (const issuer of ['http://127.0.0.1:4101', 'http://localhost:8080/realms/verbinding']) {
      expect(oidcProvidersProblem(withIssuer(issuer)), issuer).toBeNull();
    }
  });

  it('refuses ids that cannot be part of the callback URL, are taken by another method, or come twice', () => {
    expect(oidcProvidersProblem({ AUTH_OIDC_PROVIDERS: 'Okta' })).toMatch(/names "Okta", which is no provider id/);
    expect(oidcProvidersProblem({ AUTH_OIDC_PROVIDERS: 'my_idp' })).toMatch(/names "my_idp"/);
    expect(oidcProvidersProblem({ AUTH_OIDC_PROVIDERS: 'microsoft-entra-id' })).toMatch(/taken by a built-in/);
    expect(oidcProvidersProblem({ AUTH_OIDC_PROVIDERS: 'credentials' })).toMatch(/taken by a built-in/);
    expect(oidcProvidersProblem({ AUTH_OIDC_PROVIDERS: 'okta,okta', ...okta })).toBe(
      'AUTH_OIDC_PROVIDERS names "okta" twice.',
    );
  });

  it('refuses variables of a provider that is not listed, so that a forgotten list does not pass unseen', () => {
    expect(oidcProvidersProblem(okta)).toBe(
      "AUTH_OIDC_OKTA_ISSUER is set, but no provider in AUTH_OIDC_PROVIDERS (not set) uses it. Add the provider's id to AUTH_OIDC_PROVIDERS, or remove AUTH_OIDC_OKTA_ISSUER.",
    );
    expect(oidcProvidersProblem({ AUTH_OIDC_PROVIDERS: 'okta', ...okta, ...google })).toMatch(
      /^AUTH_OIDC_GOOGLE_WORKSPACE_ISSUER is set, but no provider in AUTH_OIDC_PROVIDERS \(okta\)/,
    );
    expect(oidcProvidersProblem({ AUTH_OIDC_OKTA_ISSUER: '' })).toBeNull();
  });

  it('names the variables after the id, hyphens as underscores', () => {
    expect(oidcVariable('google-workspace', 'clientSecret')).toBe('AUTH_OIDC_GOOGLE_WORKSPACE_SECRET');
    expect(oidcVariable('okta', 'clientId')).toBe('AUTH_OIDC_OKTA_ID');
  });
});
