import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { EMPTY_AUDIT_FILTER, auditQuerySchema } from '@/lib/domain/audit/audit-filter';
import { AppError } from '@/lib/domain/errors';
import { saveTeam } from '@/lib/server/organisation/save-team';
import { addLeadership } from '@/lib/server/people/leadership';
import { movePerson } from '@/lib/server/people/move-person';
import { grantRole } from '@/lib/server/people/role-management';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { errorResponse } from '@/lib/server/next/json-route';
import { parseQuery } from '@/lib/server/next/parse-query';
import { auditWordingFor } from '@/testing/audit-wording';
import { installAppDatabase } from '@/testing/database/app-database';
import { type FixtureOrganisation, createFixtureOrganisation } from '@/testing/database/fixture-organisation';
import { type TestDatabase, createTestDatabase } from '@/testing/database/test-database';
import { listAuditEntries } from './audit-log';

let database: TestDatabase;
let org: FixtureOrganisation;
let hr: Viewer;
let admin: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
  hr = (await loadViewer(database.db, org.people.hr))!;
  admin = (await loadViewer(database.db, org.people.admin))!;
});
afterAll(() => database.destroy());

const lastEntry = async () => (await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;
const latestRead = async (locale: 'nl' | 'en', action: (typeof EMPTY_AUDIT_FILTER)['action']) =>
  (await listAuditEntries(admin, { ...EMPTY_AUDIT_FILTER, action }, await auditWordingFor(locale))).entries[0]!;

describe('a person moved to another team', () => {
  it('is recorded with the team before and after, as they were named then', async () => {
    await movePerson(
      hr,
      { personId: org.people.employee, teamId: org.teams.parentTeam, date: '2026-03-01' },
      new Date('2026-06-01T10:00:00Z'),
    );
    expect(await lastEntry()).toMatchObject({
      action: 'person.move',
      actorId: org.people.hr,
      entityId: String(org.people.employee),
      before: { teamId: org.teams.childTeam, teamName: 'North Crew', validFrom: '2026-01-01' },
      after: { teamId: org.teams.parentTeam, teamName: 'Operations Staff', validFrom: '2026-03-01' },
    });
  });

  it('reads in words: who moved whom, from which team to which, in Dutch and in English', async () => {
    const english = await latestRead('en', 'person.move');
    expect(english).toMatchObject({
      actor: 'Fixture hr',
      actorEmail: 'hr@fixture.test',
      actionLabel: 'Moved to another team',
      subject: 'Fixture employee',
    });
    expect(english.changes).toContainEqual({ label: 'Team', before: 'North Crew', after: 'Operations Staff' });
    // English dates follow the app's formats (en-GB or en-US); the Dutch ones are fixed.
    const since = english.changes.find((change) => change.label === 'In the team from');
    expect([since?.before, since?.after]).toEqual([expect.stringMatching(/Jan/), expect.stringMatching(/Mar/)]);
    const dutch = await latestRead('nl', 'person.move');
    expect(dutch.actionLabel).toBe('Naar een ander team verplaatst');
    expect(dutch.changes).toContainEqual({ label: 'In het team vanaf', before: '1 jan 2026', after: '1 mrt 2026' });
    expect(JSON.stringify([english.changes, dutch.changes])).not.toMatch(/teamId|validFrom|person \d/);
  });

  it('names a team renamed since by its name now and its name then', async () => {
    await saveTeam(hr, { teamId: org.teams.childTeam, name: 'North Squad', departmentId: org.departments.child });
    const move = await latestRead('en', 'person.move');
    expect(move.changes).toContainEqual({
      label: 'Team',
      before: 'North Squad (then: North Crew)',
      after: 'Operations Staff',
    });
    expect((await latestRead('en', 'team.update')).changes).toEqual([
      { label: 'Name', before: 'North Crew', after: 'North Squad' },
    ]);
  });

  it('shows an older move that recorded no before as its after only', async () => {
    await database.db.insert(auditLog).values({
      actorId: null,
      action: 'person.move',
      entity: 'person',
      entityId: String(org.people.leader),
      before: null,
      after: { teamId: org.teams.otherTeam, validFrom: '2026-02-01', corrected: false },
    });
    const old = await latestRead('en', 'person.move');
    expect(old.actor).toBe('The system');
    const dutch = await latestRead('nl', 'person.move');
    expect(dutch.changes).toHaveLength(3);
    expect(dutch.changes).toEqual(
      expect.arrayContaining([
        { label: 'Team', after: 'Sales Desk' },
        { label: 'In het team vanaf', after: '1 feb 2026' },
        { label: 'Correctie van het huidige team', after: 'nee' },
      ]),
    );
  });
});

describe('the other changes in words', () => {
  it('a role granted shows the roles before and after, a leader added the leaders before and after', async () => {
    await grantRole(admin, { email: 'leader@fixture.test', role: 'hr' });
    const grant = await latestRead('en', 'role.grant');
    expect(grant.subject).toBe('Fixture leader');
    expect(grant.changes).toContainEqual({ label: 'Roles', before: 'none', after: 'HR' });
    await addLeadership(hr, { unit: 'team', unitId: org.teams.parentTeam, email: 'outsider@fixture.test' });
    const leader = await latestRead('nl', 'team.leader.add');
    expect(leader).toMatchObject({ actionLabel: 'Teamleider toegevoegd', subject: 'Operations Staff' });
    expect(leader.changes).toContainEqual({ label: 'Persoon', after: 'Fixture outsider' });
    expect(leader.changes).toContainEqual({ label: 'Leiders', before: 'geen', after: 'Fixture outsider' });
  });

  it('a reply to a comment names the one who replied and "a comment", never its author or its id', async () => {
    const commentId = '7f1c2a9e-3b4d-4e5f-8a6b-9c0d1e2f3a4b';
    await database.db.insert(auditLog).values({
      actorId: org.people.leader,
      action: 'comment.reply',
      entity: 'comment',
      entityId: commentId,
      after: { side: 'leader', day: '2026-05-04' },
    });
    const reply = await latestRead('en', 'comment.reply');
    expect(reply).toMatchObject({ actor: 'Fixture leader', subject: 'A comment', actionLabel: 'Reply to a comment' });
    expect(JSON.stringify(reply)).not.toContain(commentId);
  });
});

describe('the API and export query', () => {
  const refusal = (query: string) => {
    try {
      parseQuery(auditQuerySchema, Object.fromEntries(new URLSearchParams(query)));
    } catch (error) {
      return error;
    }
    return null;
  };

  it.each([
    ['from=2026-13-01', /from: The from date must be a date/],
    ['to=yesterday', /to: The to date must be a date/],
    ['from=2026-05-02&to=2026-05-01', /from: The from date must not lie after the to date/],
    ['action=person.teleport', /action: The action must be one of/],
    ['page=0', /page: The page must be a whole number/],
    ['entity=person', /Unrecognized key/],
    [`person=${'x'.repeat(201)}`, /person: The person to look for is at most 200 characters/],
  ])('refuses %s with a 422 that says why, and nothing else', async (query, message) => {
    const error = refusal(query);
    expect(error).toBeInstanceOf(AppError);
    const response = errorResponse(error);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(message);
  });

  it('takes every filter together', () => {
    expect(refusal('action=person.move&person=ann&from=2026-01-01&to=2026-01-31&page=2')).toBeNull();
  });
});
