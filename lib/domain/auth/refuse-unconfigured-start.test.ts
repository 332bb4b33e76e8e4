import { describe, expect, it } from 'vitest';
import { unconfiguredForProduction } from './refuse-unconfigured-start';

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
