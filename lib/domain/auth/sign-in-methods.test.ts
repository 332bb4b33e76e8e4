import { describe, expect, it } from 'vitest';
import { signInMethodsFrom, singleSignOnMethodsFrom } from './sign-in-methods';

const entra = {
  AUTH_MICROSOFT_ENTRA_ID_ID: 'id',
  AUTH_MICROSOFT_ENTRA_ID_SECRET: 'secret',
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
};
const keycloak = {
  AUTH_OIDC_PROVIDERS: 'keycloak',
  AUTH_OIDC_KEYCLOAK_ISSUER: 'https://sso.example.org/realms/staff',
  AUTH_OIDC_KEYCLOAK_ID: 'verbinding',
  AUTH_OIDC_KEYCLOAK_SECRET: 'secret',
  AUTH_OIDC_KEYCLOAK_NAME: 'Keycloak',
};

describe('sign-in methods', () => {
  it('offers passwords alone until Microsoft Entra ID is fully configured', () => {
    expect(signInMethodsFrom({})).toEqual(['credentials']);
    expect(signInMethodsFrom({ ...entra, AUTH_MICROSOFT_ENTRA_ID_ISSUER: undefined })).toEqual(['credentials']);
    expect(signInMethodsFrom(entra)).toEqual(['credentials', 'microsoft-entra-id']);
  });

  it('adds each configured OpenID Connect provider by its id, beside Entra ID or alone', () => {
    expect(signInMethodsFrom({ ...entra, ...keycloak })).toEqual(['credentials', 'microsoft-entra-id', 'keycloak']);
    expect(singleSignOnMethodsFrom(keycloak)).toEqual(['keycloak']);
    expect(singleSignOnMethodsFrom({ ...keycloak, AUTH_OIDC_KEYCLOAK_SECRET: '' })).toEqual([]);
  });
});
