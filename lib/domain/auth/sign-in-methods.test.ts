import { describe, expect, it } from 'vitest';
import { signInMethodsFrom } from './sign-in-methods';

describe('sign-in methods', () => {
  it('offers passwords alone until Microsoft Entra ID is fully configured', () => {
    expect(signInMethodsFrom({})).toEqual(['credentials']);
    expect(signInMethodsFrom({ AUTH_MICROSOFT_ENTRA_ID_ID: 'id', AUTH_MICROSOFT_ENTRA_ID_SECRET: 'secret' })).toEqual([
      'credentials',
    ]);
    expect(
      signInMethodsFrom({
        AUTH_MICROSOFT_ENTRA_ID_ID: 'id',
        AUTH_MICROSOFT_ENTRA_ID_SECRET: 'secret',
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      }),
    ).toEqual(['credentials', 'microsoft-entra-id']);
  });
});
