import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { DEFAULT_SCHEDULE } from '@/lib/domain/pulses/schedule';
import { addLeadership, removeLeadership } from '@/lib/server/people/leadership';
import { movePerson } from '@/lib/server/people/move-person';
import { applyPeopleImport, previewPeopleImport } from '@/lib/server/people/people-import';
import { deactivatePerson, reactivatePerson } from '@/lib/server/people/person-activation';
import { saveAnonymityThresholds, savePulseSchedule } from '@/lib/server/pulses/pulse-settings';
import { applyRetention } from './retention';
import { grantRole, revokeRole } from '@/lib/server/people/role-management';
import { saveDepartment } from '@/lib/server/organisation/save-department';
import { createSurveyItem, retireSurveyItem, updateSurveyItem } from '@/lib/server/pulses/save-survey-item';
import { saveTeam } from '@/lib/server/organisation/save-team';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { installAppDatabase } from '@/testing/database/app-database';

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

/** Runs one change and returns the audit entries it wrote. */
async function entriesOf(change: () => Promise<unknown>) {
  const [latest] = await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  await change();
  const all = await database.db.select().from(auditLog).orderBy(auditLog.id);
  return all.filter((entry) => entry.id > (latest?.id ?? 0));
}

describe('the audit trail', () => {
  it('records every administrative change once, with who made it and the state before and after', async () => {
    const expectOne = async (change: () => Promise<unknown>, action: string, actor: Viewer) => {
      const entries = await entriesOf(change);
      expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([[action, actor.personId]]);
      expect(entries[0]!.before !== null || entries[0]!.after !== null).toBe(true);
      return entries[0]!;
    };
    const { departmentId } = await saveDepartment(hr, { name: 'Audit', parentId: null });
    await expectOne(() => saveDepartment(hr, { name: 'Audit 2', parentId: null }), 'department.create', hr);
    await expectOne(
      () => saveDepartment(hr, { departmentId, name: 'Audited', parentId: org.departments.other }),
      'department.update',
      hr,
    );
    await expectOne(() => saveTeam(hr, { name: 'Audit team', departmentId }), 'team.create', hr);
    await expectOne(
      () => saveTeam(hr, { teamId: org.teams.otherTeam, name: 'Sales Desk', departmentId }),
      'team.update',
      hr,
    );
    await expectOne(
      () => addLeadership(hr, { unit: 'team', unitId: org.teams.parentTeam, email: 'employee@fixture.test' }),
      'team.leader.add',
      hr,
    );
    await expectOne(
      () => removeLeadership(hr, { unit: 'team', unitId: org.teams.parentTeam, personId: org.people.employee }),
      'team.leader.remove',
      hr,
    );
    await expectOne(
      () => addLeadership(hr, { unit: 'department', unitId: departmentId, email: 'outsider@fixture.test' }),
      'department.head.add',
      hr,
    );
    await expectOne(
      () => removeLeadership(hr, { unit: 'department', unitId: departmentId, personId: org.people.outsider }),
      'department.head.remove',
      hr,
    );
    await expectOne(
      () =>
        movePerson(
          hr,
          { personId: org.people.employee, teamId: org.teams.parentTeam, date: '2026-03-01' },
          new Date('2026-06-01T10:00:00Z'),
        ),
      'person.move',
      hr,
    );
    await expectOne(() => deactivatePerson(hr, org.people.employee), 'person.deactivate', hr);
    await expectOne(() => reactivatePerson(hr, org.people.employee), 'person.reactivate', hr);
    const csv =
      'email,name,department,team,role,leader_email,new_department\naudit.import@fixture.test,Audit Import,Audited,Audit team,,,yes';
    const { digest } = await previewPeopleImport(hr, csv);
    await expectOne(() => applyPeopleImport(hr, csv, digest), 'people.import', hr);
    await expectOne(
      () => savePulseSchedule(hr, { ...DEFAULT_SCHEDULE, cadence: 'biweekly' }),
      'pulse-schedule.update',
      hr,
    );
    await expectOne(
      () => saveAnonymityThresholds(hr, { minGroupSize: 5, commentMinGroupSize: 11 }),
      'anonymity-thresholds.update',
      hr,
    );
    const first = await createSurveyItem(hr, {
      line: 2,
      textNl: 'Ik kan mezelf zijn op het werk.',
      textEn: 'I can be myself at work.',
    });
    const created = await expectOne(
      () => createSurveyItem(hr, { line: 2, textNl: 'Mijn rol past bij mij.', textEn: 'My role suits me.' }),
      'survey-item.create',
      hr,
    );
    await expectOne(
      () =>
        updateSurveyItem(hr, {
          itemId: first.itemId,
          textNl: 'Ik kan mezelf zijn in mijn werk.',
          textEn: 'I can be myself in my work.',
        }),
      'survey-item.update',
      hr,
    );
    await expectOne(() => retireSurveyItem(hr, Number(created.entityId)), 'survey-item.retire', hr);
    await expectOne(() => grantRole(admin, { email: 'employee@fixture.test', role: 'hr' }), 'role.grant', admin);
    await expectOne(() => revokeRole(admin, { personId: org.people.employee, role: 'hr' }), 'role.revoke', admin);
    await expectOne(() => applyRetention(admin, { months: 12, confirm: 'delete' }), 'retention.delete', admin);
  });

  it('records nothing for a change that was refused or only counted', async () => {
    expect(
      await entriesOf(() => revokeRole(admin, { personId: admin.personId, role: 'admin' }).catch(() => null)),
    ).toEqual([]);
    expect(await entriesOf(() => applyRetention(admin, { months: 12 }))).toEqual([]);
    const broken = 'email,name,department,team,role,leader_email\nbroken,B,D,T,,';
    expect(
      await entriesOf(async () => applyPeopleImport(hr, broken, (await previewPeopleImport(hr, broken)).digest)),
    ).toEqual([]);
  });
});
