import { describe, expect, it } from 'vitest';
import { landingAfterSignIn, mayOpenPage, safeCallbackPath, signInPath } from './callback-path';

describe('safeCallbackPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeCallbackPath('/team/15?period=week')).toBe('/team/15?period=week');
    expect(safeCallbackPath('/org/departments/3?view=month#participation')).toBe(
      '/org/departments/3?view=month#participation',
    );
    expect(safeCallbackPath('/team/../admin')).toBe('/admin');
  });

  it('refuses full URLs, even of this host, and every way of naming another host', () => {
    for (const value of [
      'http://127.0.0.1:3000/team/15',
      'https://evil.example/team',
      '//evil.example/team',
      '/\\evil.example',
      '/\\/evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'team/15',
      '',
      '/team\n/15',
      '/team\t/15',
    ])
      expect(safeCallbackPath(value), value).toBeNull();
  });

  it('refuses what is not a string, and the sign-in page and the API as destinations', () => {
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath(['/team'])).toBeNull();
    expect(safeCallbackPath('/login?callbackUrl=/team')).toBeNull();
    expect(safeCallbackPath('/api/auth/signout')).toBeNull();
    expect(safeCallbackPath('/x'.repeat(1001))).toBeNull();
  });
});

describe('mayOpenPage', () => {
  it('opens a page to the roles whose permissions it needs, the longest prefix deciding', () => {
    expect(mayOpenPage(['leader'], '/team/15?period=week')).toBe(true);
    expect(mayOpenPage(['hr'], '/team/15')).toBe(true);
    expect(mayOpenPage(['employee'], '/team/15')).toBe(false);
    expect(mayOpenPage(['hr'], '/org/people/4')).toBe(true);
    expect(mayOpenPage(['leader'], '/org/departments/2')).toBe(true);
    expect(mayOpenPage(['leader'], '/org')).toBe(false);
    expect(mayOpenPage(['leader'], '/org/people')).toBe(false);
    expect(mayOpenPage(['admin'], '/admin/audit')).toBe(true);
    expect(mayOpenPage(['admin'], '/teamwork')).toBe(false);
  });
});

describe('landingAfterSignIn', () => {
  it('sends a person to the page they were going to when their roles open it', () => {
    expect(landingAfterSignIn(['employee', 'leader'], '/team/15?period=week')).toBe('/team/15?period=week');
  });

  it('sends them home instead for a page they may not open, another site, or no callback', () => {
    expect(landingAfterSignIn(['employee'], '/admin')).toBe('/survey');
    expect(landingAfterSignIn(['employee', 'leader'], 'https://evil.example/team')).toBe('/team');
    expect(landingAfterSignIn(['hr'], '//evil.example')).toBe('/org');
    expect(landingAfterSignIn(['admin'], undefined)).toBe('/admin');
    expect(landingAfterSignIn([], '/survey')).toBeNull();
  });
});

describe('signInPath', () => {
  it('carries the page asked for as a path, never with a host', () => {
    expect(signInPath('/team/15?period=week')).toBe('/login?callbackUrl=%2Fteam%2F15%3Fperiod%3Dweek');
    expect(signInPath('/')).toBe('/login');
    expect(signInPath('//evil.example')).toBe('/login');
  });
});
