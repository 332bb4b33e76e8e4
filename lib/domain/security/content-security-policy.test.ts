import { describe, expect, it } from 'vitest';
import { createNonce, formTargetsFrom, pageContentSecurityPolicy } from './content-security-policy';

const directivesOf = (policy: string) =>
  new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

describe('the Content-Security-Policy of a page', () => {
  const production = directivesOf(pageContentSecurityPolicy({ nonce: 'abc123', development: false, formTargets: [] }));

  it('runs only scripts that carry the nonce, and what they load', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
  });

  it('needs the nonce for style elements but allows style attributes', () => {
    expect(production.get('style-src-elem')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(production.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(production.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('refuses plugins, framing, foreign base URLs and foreign form targets', () => {
    expect(production.get('default-src')).toEqual(["'self'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    expect(production.get('form-action')).toEqual(["'self'"]);
  });

  it('allows eval and nonce-less styles in development alone', () => {
    const development = directivesOf(
      pageContentSecurityPolicy({ nonce: 'abc123', development: true, formTargets: [] }),
    );
    expect(development.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(development.get('style-src-elem')).toEqual(["'self'", "'unsafe-inline'"]);
    expect([...production.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('lets a form post lead to the identity provider', () => {
    const policy = pageContentSecurityPolicy({
      nonce: 'n',
      development: false,
      formTargets: ['https://login.microsoftonline.com'],
    });
    expect(directivesOf(policy).get('form-action')).toEqual(["'self'", 'https://login.microsoftonline.com']);
  });
});

describe('nonces', () => {
  it('are 128 random bits in base64, different every time', () => {
    const nonces = Array.from({ length: 100 }, createNonce);
    expect(new Set(nonces).size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('form targets', () => {
  const entra = { AUTH_MICROSOFT_ENTRA_ID_ID: 'id', AUTH_MICROSOFT_ENTRA_ID_SECRET: 'secret' };

  it('are the origin of the Microsoft Entra ID issuer once Entra ID is configured', () => {
    expect(
      formTargetsFrom({ ...entra, AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0' }),
    ).toEqual(['https://login.microsoftonline.com']);
  });

  it('are none without Entra ID or with an issuer that is no URL', () => {
    expect(formTargetsFrom({})).toEqual([]);
    expect(
      formTargetsFrom({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0' }),
    ).toEqual([]);
    expect(formTargetsFrom({ ...entra, AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'not a url' })).toEqual([]);
  });

  it('add the origin of each OpenID Connect provider, once per origin', () => {
    const provider = (id: string, issuer: string) => ({
      [`AUTH_OIDC_${id}_ISSUER`]: issuer,
      [`AUTH_OIDC_${id}_ID`]: 'client',
      [`AUTH_OIDC_${id}_SECRET`]: 'secret',
      [`AUTH_OIDC_${id}_NAME`]: id,
    });
    expect(
      formTargetsFrom({
        ...entra,
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
        AUTH_OIDC_PROVIDERS: 'okta,staff,guests',
        ...provider('OKTA', 'https://example.okta.com/oauth2/default'),
        ...provider('STAFF', 'https://sso.example.org/realms/staff'),
        ...provider('GUESTS', 'https://sso.example.org/realms/guests'),
      }),
    ).toEqual(['https://login.microsoftonline.com', 'https://example.okta.com', 'https://sso.example.org']);
  });
});
