import { describe, expect, it } from 'vitest';
import type { PeopleCsvRow } from './people-csv-format';
import { type ImportSnapshot, planPeopleImport } from './plan-people-import';

const snapshot: ImportSnapshot = {
  departments: [
    { id: 1, name: 'Productie', parentId: null },
    { id: 2, name: 'Verkoop', parentId: null },
    { id: 3, name: 'Support', parentId: null },
    { id: 4, name: 'Support', parentId: 2 },
  ],
  teams: [
    { id: 10, name: 'Magazijn', departmentId: 1 },
    { id: 11, name: 'Binnendienst', departmentId: 2 },
  ],
  people: [
    {
      id: 100,
      email: 'an@example.be',
      name: 'An Peeters',
      active: true,
      roles: ['employee', 'leader'],
      openStay: { id: 500, teamId: 10, validFrom: '2026-01-05' },
    },
    {
      id: 101,
      email: 'jan@example.be',
      name: 'Jan Janssens',
      active: true,
      roles: ['employee'],
      openStay: { id: 501, teamId: 10, validFrom: '2026-01-05' },
    },
    { id: 102, email: 'gone@example.be', name: 'Gone', active: false, roles: ['employee'], openStay: null },
    {
      id: 103,
      email: 'new-start@example.be',
      name: 'New Start',
      active: true,
      roles: ['employee'],
      openStay: { id: 502, teamId: 10, validFrom: '2026-05-10' },
    },
    {
      id: 104,
      email: 'boss@example.be',
      name: 'Boss',
      active: true,
      roles: ['employee'],
      openStay: { id: 503, teamId: 11, validFrom: '2026-01-05' },
    },
  ],
  teamLeaders: [{ teamId: 10, personId: 100 }],
};

const options = { today: '2026-05-10' };
let line = 1;
const row = (values: Partial<PeopleCsvRow> & Pick<PeopleCsvRow, 'email'>): PeopleCsvRow => ({
  line: ++line,
  name: 'Someone',
  department: 'Productie',
  team: 'Magazijn',
  role: null,
  leaderEmail: null,
  newDepartment: false,
  ...values,
});

describe('planning a people import (the dry run)', () => {
  it('shows new people, new departments and teams, created once however often named', () => {
    const plan = planPeopleImport(
      [
        row({ email: 'x@example.be', name: 'X', department: 'Logistiek', team: 'Transport', newDepartment: true }),
        row({ email: 'y@example.be', name: 'Y', department: 'logistiek', team: 'TRANSPORT' }),
        row({ email: 'z@example.be', name: 'Z', team: 'Expeditie' }),
      ],
      snapshot,
      options,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.newDepartments).toEqual(['Logistiek']);
    expect(plan.newTeams.map((team) => [team.department, team.team, team.departmentId])).toEqual([
      ['Logistiek', 'Transport', null],
      ['Productie', 'Expeditie', 1],
    ]);
    expect(plan.newPeople.map((person) => [person.email, person.team.team, person.roles])).toEqual([
      ['x@example.be', 'Transport', ['employee']],
      ['y@example.be', 'Transport', ['employee']],
      ['z@example.be', 'Expeditie', ['employee']],
    ]);
  });

  it('moves, renames and reactivates people already there, matching names without regard to case', () => {
    const plan = planPeopleImport(
      [
        row({ email: 'an@example.be', name: 'An Peeters', department: 'PRODUCTIE', team: 'magazijn' }),
        row({ email: 'jan@example.be', name: 'Jan Janssens-Maes', department: 'Verkoop', team: 'Binnendienst' }),
        row({ email: 'gone@example.be', name: 'Gone', department: 'Verkoop', team: 'Binnendienst' }),
      ],
      snapshot,
      options,
    );
    expect(plan.unchanged).toBe(1);
    expect(
      plan.moved.map((move) => [move.email, move.from?.team ?? null, move.to.team, move.stayId, move.correct]),
    ).toEqual([
      ['jan@example.be', 'Magazijn', 'Binnendienst', 501, false],
      ['gone@example.be', null, 'Binnendienst', null, false],
    ]);
    expect(plan.renamed).toEqual([
      {
        line: expect.any(Number) as number,
        personId: 101,
        email: 'jan@example.be',
        from: 'Jan Janssens',
        to: 'Jan Janssens-Maes',
      },
    ]);
    expect(plan.reactivated.map((person) => person.personId)).toEqual([102]);
  });

  it('corrects a stay that began today instead of closing it', () => {
    const plan = planPeopleImport(
      [row({ email: 'new-start@example.be', name: 'New Start', department: 'Verkoop', team: 'Binnendienst' })],
      snapshot,
      options,
    );
    expect(plan.moved).toMatchObject([{ stayId: 502, correct: true }]);
  });

  it('grants roles and makes the named leader lead the row’s team, never revoking anything', () => {
    const plan = planPeopleImport(
      [
        row({ email: 'jan@example.be', name: 'Jan Janssens', role: 'leader', leaderEmail: 'boss@example.be' }),
        row({ email: 'an@example.be', name: 'An Peeters', role: 'employee', leaderEmail: 'an@example.be' }),
      ],
      snapshot,
      options,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.roleGrants.map((grant) => [grant.email, grant.role])).toEqual([
      ['jan@example.be', 'leader'],
      ['boss@example.be', 'leader'],
    ]);
    expect(plan.newLeaders.map((leader) => [leader.email, leader.team.team])).toEqual([
      ['boss@example.be', 'Magazijn'],
    ]);
  });

  it('refuses leaders who are not in Verbinding or have left, and an ambiguous department', () => {
    const plan = planPeopleImport(
      [
        row({ email: 'p@example.be', leaderEmail: 'nobody@example.be' }),
        row({ email: 'q@example.be', leaderEmail: 'gone@example.be' }),
        row({ email: 'r@example.be', department: 'Support', team: 'Helpdesk' }),
      ],
      snapshot,
      options,
    );
    expect(plan.errors.map((error) => error.problem)).toEqual([
      'unknownLeader',
      'inactiveLeader',
      'ambiguousDepartment',
    ]);
  });

  it('grants neither HR nor admin, to a new person or to someone already there: only an admin does, in /admin', () => {
    const rows = [
      row({ email: 'new@example.be', role: 'hr' }),
      row({ email: 'jan@example.be', name: 'Jan Janssens', role: 'admin' }),
      row({ email: 'an@example.be', name: 'An Peeters', role: 'leader' }),
    ];
    const plan = planPeopleImport(rows, snapshot, options);
    expect(plan.errors).toEqual([
      { line: rows[0]!.line, problem: 'managedRole', detail: 'hr' },
      { line: rows[1]!.line, problem: 'managedRole', detail: 'admin' },
    ]);
    expect([plan.newPeople, plan.roleGrants]).toEqual([[], []]);
  });

  it('accepts a leader who is a new person in the same file', () => {
    const plan = planPeopleImport(
      [
        row({ email: 'lead@example.be', name: 'Lead' }),
        row({ email: 'member@example.be', leaderEmail: 'lead@example.be' }),
      ],
      snapshot,
      options,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.newPeople.find((person) => person.email === 'lead@example.be')?.roles).toEqual(['employee', 'leader']);
    expect(plan.newLeaders).toMatchObject([{ email: 'lead@example.be', name: 'Lead' }]);
  });

  it('refuses to move someone whose current team starts after today', () => {
    const plan = planPeopleImport(
      [row({ email: 'new-start@example.be', name: 'New Start', team: 'Expeditie' })],
      snapshot,
      { ...options, today: '2026-05-09' },
    );
    expect(plan.errors).toMatchObject([{ problem: 'teamStartsLater', detail: '2026-05-10' }]);
  });

  it('checks a rejected row against the organisation too, so that every problem of it is listed', () => {
    const rejected = [{ line: 7, team: 'Magazijn', department: 'Productie', leaderEmail: 'nobody@example.be' }];
    const plan = planPeopleImport([row({ email: 'x@example.be', name: 'X' })], snapshot, options, rejected);
    expect(plan.errors).toEqual([{ line: 7, problem: 'unknownLeader', detail: 'nobody@example.be' }]);
    expect(plan.newPeople.map((person) => person.email)).toEqual(['x@example.be']);
  });

  it('plans the valid rows only: a row with an error adds no person, team or department', () => {
    const plan = planPeopleImport(
      [
        row({ email: 'ok@example.be', name: 'Ok', team: 'Expeditie' }),
        row({ email: 'bad@example.be', department: 'Nergens', team: 'Niemand', leaderEmail: 'nobody@example.be' }),
        row({ email: 'worse@example.be', department: 'Verkoop', team: 'Nieuw', role: 'hr' }),
      ],
      snapshot,
      options,
    );
    expect(plan.errors.map((error) => error.problem)).toEqual(['unknownDepartment', 'unknownLeader', 'managedRole']);
    expect(plan.rows).toBe(1);
    expect(plan.newDepartments).toEqual([]);
    expect(plan.newTeams.map((team) => team.team)).toEqual(['Expeditie']);
    expect(plan.newPeople.map((person) => person.email)).toEqual(['ok@example.be']);
  });
});
