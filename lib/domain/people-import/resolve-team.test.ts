import { describe, expect, it } from 'vitest';
import { teamResolver } from './resolve-team';

/** Productie with Productie Logistiek below it (as in the demo), and a second Magazijn elsewhere. */
const departments = [
  { id: 1, name: 'Productie', parentId: null },
  { id: 2, name: 'Productie Logistiek', parentId: 1 },
  { id: 3, name: 'Verkoop', parentId: null },
  { id: 4, name: 'Verkoop Noord', parentId: 3 },
  { id: 5, name: 'Verkoop Zuid', parentId: 3 },
];
const teams = [
  { id: 10, name: 'Kwaliteitscontrole', departmentId: 1 },
  { id: 11, name: 'Magazijn', departmentId: 2 },
  { id: 12, name: 'Binnendienst', departmentId: 4 },
  { id: 13, name: 'Binnendienst', departmentId: 5 },
  { id: 14, name: 'Export', departmentId: 3 },
];
const resolve = teamResolver(departments, teams, new Set(['onderzoek', 'verkoopp']));

describe('finding a row’s team in the organisation', () => {
  it('finds a team in a nested department below the one named', () => {
    expect(resolve({ line: 2, department: 'Productie', team: 'magazijn' })).toEqual({
      ref: { department: 'Productie Logistiek', team: 'Magazijn', departmentId: 2, teamId: 11 },
      errors: [],
      warnings: [],
    });
  });

  it('refuses a team name found twice below the department, naming both by their full path', () => {
    expect(resolve({ line: 3, department: 'Verkoop', team: 'Binnendienst' })).toEqual({
      ref: null,
      errors: [
        {
          line: 3,
          problem: 'ambiguousTeam',
          detail: 'Binnendienst',
          candidates: ['Verkoop › Verkoop Noord › Binnendienst', 'Verkoop › Verkoop Zuid › Binnendienst'],
        },
      ],
      warnings: [],
    });
    expect(resolve({ line: 4, department: 'Verkoop Zuid', team: 'Binnendienst' }).ref?.teamId).toBe(13);
  });

  it('plans a new team in the named department, warning when it resembles one below it', () => {
    expect(resolve({ line: 5, department: 'Productie', team: 'Expeditie' })).toEqual({
      ref: { department: 'Productie', team: 'Expeditie', departmentId: 1, teamId: null },
      errors: [],
      warnings: [],
    });
    expect(resolve({ line: 6, department: 'Productie', team: 'Magazyn' })).toMatchObject({
      ref: { department: 'Productie', team: 'Magazyn', teamId: null },
      warnings: [
        {
          line: 6,
          warning: 'similarTeam',
          detail: 'Magazyn',
          candidates: ['Productie › Productie Logistiek › Magazijn'],
        },
      ],
    });
  });

  it('refuses an unknown department unless the file marks it new, suggesting a similar one', () => {
    expect(resolve({ line: 7, department: 'Productiee', team: 'Magazijn' })).toEqual({
      ref: null,
      errors: [{ line: 7, problem: 'unknownDepartment', detail: 'Productiee', candidates: ['Productie'] }],
      warnings: [],
    });
    expect(resolve({ line: 8, department: 'Onderzoek', team: 'Prototypes' })).toEqual({
      ref: { department: 'Onderzoek', team: 'Prototypes', departmentId: null, teamId: null },
      errors: [],
      warnings: [],
    });
    expect(resolve({ line: 9, department: 'Verkoopp', team: 'Export' })).toMatchObject({
      ref: { department: 'Verkoopp', departmentId: null },
      warnings: [{ line: 9, warning: 'similarDepartment', detail: 'Verkoopp', candidates: ['Verkoop'] }],
    });
  });

  it('refuses a department name that two departments have, naming both', () => {
    const twice = teamResolver(
      [...departments, { id: 6, name: 'Export', parentId: 1 }, { id: 7, name: 'export', parentId: 3 }],
      teams,
      new Set(),
    );
    expect(twice({ line: 2, department: 'Export', team: 'X' }).errors).toEqual([
      {
        line: 2,
        problem: 'ambiguousDepartment',
        detail: 'Export',
        candidates: ['Productie › Export', 'Verkoop › export'],
      },
    ]);
  });
});
