import { describe, expect, it } from 'vitest';
import { unconfiguredForProduction, unconfiguredToStart } from './refuse-unconfigured-start';

const complete = { NODE_ENV: 'production', AUTH_SECRET: 's3cret', AUTH_URL: 'https://verbinding.example.org' };

describe('starting in production', () => {
  it('goes ahead with AUTH_SECRET and a valid AUTH_URL, and outside production without either', () => {
    expect(unconfiguredForProduction(complete)).toBeNull();
    expect(unconfiguredForProduction({ NODE_ENV: 'development' })).toBeNull();
  });

  it('refuses without AUTH_SECRET, without AUTH_URL, or with an AUTH_URL that is no address, saying what to set', () => {
    expect(unconfiguredForProduction({ ...complete, AUTH_SECRET: undefined })).toMatch(/AUTH_SECRET is not set/);
    expect(unconfiguredForProduction({ ...complete, AUTH_URL: undefined })).toMatch(
      /AUTH_URL is not set.*AUTH_URL=https:/,
    );
    expect(unconfiguredForProduction({ ...complete, AUTH_URL: 'verbinding' })).toMatch(
      /AUTH_URL is not a valid address: "verbinding"/,
    );
  });
});

describe('starting in any environment', () => {
  const okta = {
    AUTH_OIDC_PROVIDERS: 'okta',
    AUTH_OIDC_OKTA_ISSUER: 'https://example.okta.com',
    AUTH_OIDC_OKTA_ID: 'client',
    AUTH_OIDC_OKTA_SECRET: 'secret',
    AUTH_OIDC_OKTA_NAME: 'Okta',
  };

  it('refuses a half-configured OpenID Connect provider, in development too, naming the variable', () => {
    expect(unconfiguredToStart({ ...complete, ...okta })).toBeNull();
    expect(unconfiguredToStart({ NODE_ENV: 'development', ...okta, AUTH_OIDC_OKTA_ID: undefined })).toMatch(
      /AUTH_OIDC_OKTA_ID is not set/,
    );
    expect(unconfiguredToStart({ ...complete, ...okta, AUTH_OIDC_OKTA_ISSUER: 'example.okta.com' })).toMatch(
      /AUTH_OIDC_OKTA_ISSUER is not an https address/,
    );
  });

  it("still refuses production's missing settings", () => {
    expect(unconfiguredToStart({ ...okta, NODE_ENV: 'production' })).toMatch(/AUTH_SECRET is not set/);
  });
});
