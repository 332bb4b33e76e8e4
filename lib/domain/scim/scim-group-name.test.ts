import { describe, expect, it } from 'vitest';
import type { ScimError } from './scim-error';
import { groupPlacement, pathName } from './scim-group-name';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ScimError).toJSON();
  }
  throw new Error('expected a ScimError');
};

describe("a group's department: the naming convention and the extension", () => {
  it('reads the department path from a displayName, separated by " / "', () => {
    expect(groupPlacement('Productie / Magazijn / Heftrucks', undefined)).toEqual({
      departmentPath: ['Productie', 'Magazijn'],
      teamName: 'Heftrucks',
    });
    expect(groupPlacement('  Verkoop   /  Export ', undefined)).toEqual({
      departmentPath: ['Verkoop'],
      teamName: 'Export',
    });
  });

  it('keeps names that hold a slash without spaces, and "&"', () => {
    expect(groupPlacement('R/D / Data & Rapportering', undefined)).toEqual({
      departmentPath: ['R/D'],
      teamName: 'Data & Rapportering',
    });
  });

  it('takes the department from the extension, the displayName then being the team', () => {
    expect(groupPlacement('Heftrucks', 'Productie / Magazijn')).toEqual({
      departmentPath: ['Productie', 'Magazijn'],
      teamName: 'Heftrucks',
    });
  });

  it('accepts both when they name the same department, whatever the case, and refuses them when they differ', () => {
    expect(groupPlacement('productie / MAGAZIJN / Heftrucks', 'Productie / Magazijn').teamName).toBe('Heftrucks');
    const error = errorOf(() => groupPlacement('Verkoop / Heftrucks', 'Productie / Magazijn'));
    expect(error).toMatchObject({ status: '400', scimType: 'invalidValue' });
    expect(error.detail).toContain('send the department one way');
  });

  it('refuses a new group without a department, explaining both ways', () => {
    const error = errorOf(() => groupPlacement('Heftrucks', undefined));
    expect(error).toMatchObject({ status: '400', scimType: 'invalidValue' });
    expect(error.detail).toContain('urn:verbinding:params:scim:schemas:extension:2.0:Group:department');
    expect(error.detail).toContain('"Productie / Magazijn / Heftrucks"');
  });

  it('keeps the current department of an existing group renamed without one', () => {
    expect(groupPlacement('Vorklift', undefined, ['Productie', 'Magazijn'])).toEqual({
      departmentPath: ['Productie', 'Magazijn'],
      teamName: 'Vorklift',
    });
  });

  it('refuses names Verbinding refuses in its forms', () => {
    expect(errorOf(() => groupPlacement('Productie /  / Heftrucks', undefined)).detail).toMatch(/cannot be the name/);
    expect(errorOf(() => groupPlacement('=cmd / Heftrucks', undefined)).detail).toMatch(/cannot start with/);
    expect(errorOf(() => groupPlacement(`Productie / ${'x'.repeat(121)}`, undefined)).detail).toMatch(/at most 120/);
  });

  it('writes a path back in the same form', () => {
    expect(pathName(['Productie', 'Magazijn'], 'Heftrucks')).toBe('Productie / Magazijn / Heftrucks');
  });
});
