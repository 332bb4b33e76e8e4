import { parse } from 'csv-parse/sync';
import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people } from '@/db/schema';
import { AUDIT_PAGE_SIZE, type AuditFilter, EMPTY_AUDIT_FILTER } from '@/lib/domain/audit/audit-filter';
import type { AuditWording } from '@/lib/domain/audit/audit-wording';
import { changeLine } from '@/lib/domain/audit/audit-csv';
import { CSV_DIALECTS } from '@/lib/domain/csv/csv-dialect';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { auditWordingFor } from '@/testing/audit-wording';
import { installAppDatabase } from '@/testing/database/app-database';
import { type FixtureOrganisation, createFixtureOrganisation } from '@/testing/database/fixture-organisation';
import { type TestDatabase, createTestDatabase } from '@/testing/database/test-database';
import { exportAuditLog, listAuditEntries } from './audit-log';

let database: TestDatabase;
let org: FixtureOrganisation;
let admin: Viewer;
let wording: AuditWording;
const EVIL = '=HYPERLINK("http://evil.example","x")';

/** Entries of 2020, out of reach of anything the app writes today; `at` in UTC. */
const entry = (at: string, action: string, fields: Partial<typeof auditLog.$inferInsert> = {}) => ({
  createdAt: new Date(at),
  action,
  entity: 'settings',
  entityId: 'alerts',
  after: { leaderEmails: true },
  ...fields,
});

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
  admin = (await loadViewer(database.db, org.people.admin))!;
  wording = await auditWordingFor('en');
  const [evil] = await database.db
    .insert(people)
    .values({ email: 'evil@fixture.test', name: EVIL })
    .returning({ id: people.id });
  await database.db.insert(auditLog).values([
    // 23:30 on 1 January in Brussels, and 00:30 on 2 January.
    entry('2020-01-01T22:30:00Z', 'alert-settings.update', { actorId: org.people.hr }),
    entry('2020-01-01T23:30:00Z', 'alert-settings.update', { actorId: org.people.head }),
    entry('2020-01-03T10:00:00Z', 'person.deactivate', {
      actorId: org.people.hr,
      entity: 'person',
      entityId: String(org.people.leaver),
      before: { active: true },
      after: { active: false },
    }),
    entry('2020-01-04T10:00:00Z', 'team.leader.add', {
      actorId: evil!.id,
      entity: 'team',
      entityId: String(org.teams.otherTeam),
      after: { personId: org.people.outsider, email: 'outsider@fixture.test' },
    }),
    // A page and a half of sign-ins at one moment: the id keeps their order.
    ...Array.from({ length: AUDIT_PAGE_SIZE + 25 }, () =>
      entry('2020-02-01T08:00:00Z', 'session.sign-in', {
        actorId: org.people.employee,
        entity: 'session',
        entityId: String(org.people.employee),
        after: { method: 'password' },
      }),
    ),
  ]);
});
afterAll(() => database.destroy());

const IN_2020 = { ...EMPTY_AUDIT_FILTER, from: '2020-01-01', to: '2020-12-31' };
const list = (filter: Partial<AuditFilter>) => listAuditEntries(admin, { ...IN_2020, ...filter }, wording);
const actionsOf = async (filter: Partial<AuditFilter>) => (await list(filter)).entries.map((e) => e.action);

describe('the audit log filters', () => {
  it('takes whole days in the organisation’s time zone, both ends included', async () => {
    expect(await actionsOf({ from: '2020-01-01', to: '2020-01-01' })).toEqual(['alert-settings.update']);
    const second = await list({ from: '2020-01-02', to: '2020-01-03' });
    expect(second.entries.map((e) => [e.action, e.actor])).toEqual([
      ['person.deactivate', 'Fixture hr'],
      ['alert-settings.update', 'Fixture head'],
    ]);
    expect(await actionsOf({ from: '2020-01-04', to: '2020-01-04' })).toEqual(['team.leader.add']);
  });

  it('finds a person by part of their name or e-mail address, as the one who acted or the one it was about', async () => {
    expect(await actionsOf({ person: 'FIXTURE HR', to: '2020-01-31' })).toEqual([
      'person.deactivate',
      'alert-settings.update',
    ]);
    expect(await actionsOf({ person: 'leaver@' })).toEqual(['person.deactivate']);
    expect(await actionsOf({ person: 'outsider' })).toEqual(['team.leader.add']);
    expect(await actionsOf({ person: 'evil.example' })).toEqual(['team.leader.add']);
    expect(await actionsOf({ person: '%' })).toEqual([]);
    expect((await list({ person: 'employee@fixture' })).total).toBe(AUDIT_PAGE_SIZE + 25);
  });

  it('filters by action, and the filters combine', async () => {
    expect(await actionsOf({ action: 'person.deactivate' })).toEqual(['person.deactivate']);
    expect(await actionsOf({ action: 'alert-settings.update', person: 'head' })).toEqual(['alert-settings.update']);
    expect(await actionsOf({ action: 'alert-settings.update', person: 'leaver' })).toEqual([]);
  });

  it('pages newest first in a stable order, every entry exactly once', async () => {
    const first = await list({ action: 'session.sign-in' });
    const second = await list({ action: 'session.sign-in', page: 2 });
    expect([first.total, first.pageCount, first.entries.length, second.entries.length]).toEqual([
      AUDIT_PAGE_SIZE + 25,
      2,
      AUDIT_PAGE_SIZE,
      25,
    ]);
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 25);
    expect((await list({ action: 'session.sign-in', page: 3 })).entries).toEqual([]);
  });
});

describe('the CSV export', () => {
  it('holds exactly the filtered list, in the list’s words and dialect, with formula-like cells neutralised', async () => {
    const filter = { ...IN_2020, to: '2020-01-31' };
    const listed = (await list(filter)).entries;
    const csv = await exportAuditLog(admin, filter, wording, CSV_DIALECTS.nl);
    const rows: string[][] = parse(csv, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['Time (UTC)', 'Who', 'E-mail address', 'What', 'Subject', 'Before → after']);
    expect(rows.slice(1)).toEqual(
      listed.map((e) => [
        e.at,
        e.actor === EVIL ? `'${EVIL}` : e.actor,
        e.actorEmail ?? '',
        e.actionLabel,
        e.subject,
        e.changes.map(changeLine).join('\n'),
      ]),
    );
    expect(rows.map((row) => row[1])).toContain(`'${EVIL}`);
    expect(rows[1]).toEqual([
      '2020-01-04T10:00:00.000Z',
      `'${EVIL}`,
      'evil@fixture.test',
      'Team leader added',
      'Sales Desk',
      'Person: Fixture outsider\nE-mail address: outsider@fixture.test',
    ]);
  });

  it('is itself recorded, with the filter it used', async () => {
    await exportAuditLog(admin, { ...IN_2020, action: 'person.deactivate' }, wording, CSV_DIALECTS.en);
    const [last] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(last).toMatchObject({
      action: 'export.audit',
      actorId: org.people.admin,
      after: { action: 'person.deactivate', from: '2020-01-01', to: '2020-12-31', rows: 1 },
    });
  });
});
