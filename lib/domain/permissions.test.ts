import { describe, expect, it } from 'vitest';
import { can, homeFor, navigationFor } from './permissions';

describe('permissions', () => {
  it('lets each role do its own work only', () => {
    expect(can(['employee'], 'survey:answer')).toBe(true);
    expect(can(['employee'], 'team:view')).toBe(false);
    expect(can(['employee'], 'org:view')).toBe(false);
    expect(can(['leader'], 'team:view')).toBe(true);
    expect(can(['leader'], 'org:view')).toBe(false);
    expect(can(['hr'], 'org:view')).toBe(true);
    expect(can(['hr'], 'admin:manage')).toBe(false);
    expect(can(['admin'], 'admin:manage')).toBe(true);
    expect(can(['admin'], 'survey:answer')).toBe(false);
    expect(can([], 'survey:answer')).toBe(false);
  });

  it('combines the roles a person holds', () => {
    expect(navigationFor(['employee', 'leader']).map((item) => item.href)).toEqual(['/survey', '/me', '/team']);
    expect(navigationFor(['employee', 'hr', 'admin']).map((item) => item.href)).toEqual([
      '/survey',
      '/me',
      '/org',
      '/org/people',
      '/org/pulses',
      '/admin',
      '/admin/audit',
    ]);
  });

  it('sends each person to the home of their most responsible role', () => {
    expect(homeFor(['employee'])).toBe('/survey');
    expect(homeFor(['employee', 'leader'])).toBe('/team');
    expect(homeFor(['employee', 'hr'])).toBe('/org');
    expect(homeFor(['admin'])).toBe('/admin');
    expect(homeFor([])).toBeNull();
  });
});
