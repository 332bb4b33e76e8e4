import { describe, expect, it } from 'vitest';
import { vouchedEmail } from './single-sign-on-email';

describe('the email an identity provider vouches for', () => {
  it('is the email of another OpenID Connect provider only when it says the email is verified', () => {
    expect(vouchedEmail('okta', { email: 'Ann@Example.org', email_verified: true })).toBe('Ann@Example.org');
    expect(vouchedEmail('okta', { email: 'ann@example.org', email_verified: false })).toBeNull();
    expect(vouchedEmail('okta', { email: 'ann@example.org', email_verified: 'true' })).toBeNull();
    expect(vouchedEmail('okta', { email: 'ann@example.org' })).toBeNull();
    expect(vouchedEmail('okta', { email_verified: true })).toBeNull();
    expect(vouchedEmail('okta', undefined)).toBeNull();
  });

  it("is Entra ID's email as it comes: the organisation's own directory sends no email_verified", () => {
    expect(vouchedEmail('microsoft-entra-id', { email: 'ann@example.org' })).toBe('ann@example.org');
    expect(vouchedEmail('microsoft-entra-id', { email: ' ' })).toBeNull();
    expect(vouchedEmail('microsoft-entra-id', {})).toBeNull();
  });
});
