import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, auditLog, comments, people, responses } from '@/db/schema';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import type { TestDatabase } from '@/testing/database/test-database';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { checkRollups } from '@/lib/queries/rollups/check-rollups';
import { EMPTY_AUDIT_FILTER } from '@/lib/domain/audit/audit-filter';
import { auditWordingFor } from '@/testing/audit-wording';
import { listAuditEntries } from './audit-log';
import { applyRetention } from './retention';
import { grantRole, listRoleHolders, revokeRole } from '@/lib/server/people/role-management';
import { type DemoLookup, seededDemo } from '@/testing/demo-lookup';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';

let database: TestDatabase;
let demo: DemoLookup;
let admin: Viewer;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
  admin = await demo.viewer(DEMO_ACCOUNTS.admin.email);
});
afterAll(() => database.destroy());

async function personId(email: string): Promise<number> {
  const [row] = await database.db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return row!.id;
}
const lastAudit = async () => (await database.db.select().from(auditLog).orderBy(auditLog.id)).at(-1)!;
const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof ChangeRefused ? error.reason : String(error)),
  );

describe('roles', () => {
  it('grants and revokes HR and admin, each recorded', async () => {
    const email = DEMO_ACCOUNTS.employee.email;
    const id = await personId(email);
    await grantRole(admin, { email, role: 'hr' });
    expect(await lastAudit()).toMatchObject({
      action: 'role.grant',
      entity: 'person',
      entityId: String(id),
      actorId: admin.personId,
      after: { role: 'hr' },
    });
    expect((await loadViewer(database.db, id))!.roles).toContain('hr');
    expect((await listRoleHolders(admin)).find((holder) => holder.personId === id)?.roles).toEqual(['hr']);

    const entries = await database.db.$count(auditLog);
    await grantRole(admin, { email, role: 'hr' });
    expect(await database.db.$count(auditLog)).toBe(entries);

    await revokeRole(admin, { personId: id, role: 'hr' });
    expect(await lastAudit()).toMatchObject({ action: 'role.revoke', before: { role: 'hr' } });
    expect((await loadViewer(database.db, id))!.roles).not.toContain('hr');
  });

  it('refuses to revoke the last admin, and allows it once there is another', async () => {
    expect(await reasonOf(revokeRole(admin, { personId: admin.personId, role: 'admin' }))).toBe('lastAdmin');
    await grantRole(admin, { email: DEMO_ACCOUNTS.hr.email, role: 'admin' });
    await revokeRole(admin, { personId: admin.personId, role: 'admin' });
    expect((await loadViewer(database.db, admin.personId))!.roles).not.toContain('admin');
    const hrAdmin = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    await grantRole(hrAdmin, { email: DEMO_ACCOUNTS.admin.email, role: 'admin' });
  });

  it('refuses unknown people', async () => {
    expect(await reasonOf(grantRole(admin, { email: 'nobody@demo.test', role: 'admin' }))).toBe('unknownPerson');
  });
});

describe('data retention', () => {
  it('counts first, then deletes old responses with their answers and comments, keeping the rollups consistent', async () => {
    const now = new Date();
    const totals = async () =>
      Promise.all([database.db.$count(responses), database.db.$count(answers), database.db.$count(comments)]);
    const [responsesBefore, answersBefore] = await totals();

    const preview = await applyRetention(admin, { months: 3 }, now);
    expect(preview.deleted).toBe(false);
    expect(preview.responses).toBeGreaterThan(0);
    expect(preview.responses).toBeLessThan(responsesBefore);
    expect((await totals())[0]).toBe(responsesBefore);

    const done = await applyRetention(admin, { months: 3, confirm: 'delete' }, now);
    expect(done).toMatchObject({ deleted: true, responses: preview.responses, pulses: preview.pulses });
    const [responsesAfter, answersAfter, commentsAfter] = await totals();
    expect(responsesAfter).toBe(responsesBefore - preview.responses);
    expect(answersAfter).toBeLessThan(answersBefore);
    expect(commentsAfter).toBeGreaterThanOrEqual(0);
    expect(await checkRollups(database.db)).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: 'retention.delete',
      entity: 'responses',
      after: { months: 3, responses: preview.responses },
    });
  });
});

describe('the audit log', () => {
  it('lists entries newest first in words, filtered by action', async () => {
    const wording = await auditWordingFor('en');
    const page = await listAuditEntries(admin, { ...EMPTY_AUDIT_FILTER, action: 'role.grant' }, wording);
    expect(page.entries.length).toBeGreaterThan(0);
    expect(page.entries.every((entry) => entry.actionLabel === 'Role granted')).toBe(true);
    expect(page.entries.at(-1)!.actorEmail).toBe(DEMO_ACCOUNTS.admin.email);
    expect(page.entries[0]!.actorEmail).toBe(DEMO_ACCOUNTS.hr.email);
    const retention = await listAuditEntries(admin, { ...EMPTY_AUDIT_FILTER, action: 'retention.delete' }, wording);
    expect(retention.entries.map((entry) => entry.subject)).toEqual(['Answers and comments']);
  });
});
