import { describe, expect, it } from 'vitest';
import { departmentSchema, organisationNameSchema, teamSchema } from './organisation-schemas';

describe('the name of a department or team', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+32 Gent', '-Noord', '@home', ' =1+1', '\t=1+1', '\r\n@SUM(1)'])(
    'refuses %j, which a spreadsheet reads as a formula',
    (name) => {
      const parsed = organisationNameSchema.safeParse(name);
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['A name cannot start with =, +, - or @.']);
    },
  );

  it.each(['Magazijn', 'R&D - Noord', 'Team 1+1', 'Data & Rapportering', "'s-Hertogenbosch"])('accepts %j', (name) => {
    expect(organisationNameSchema.parse(name)).toBe(name);
  });

  it('holds for the department and the team forms alike', () => {
    expect(departmentSchema.safeParse({ name: '=1+1', parentId: null }).success).toBe(false);
    expect(teamSchema.safeParse({ name: '@SUM(1)', departmentId: 1 }).success).toBe(false);
    expect(teamSchema.safeParse({ name: 'Magazijn', departmentId: 1 }).success).toBe(true);
  });
});
