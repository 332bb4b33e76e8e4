import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { DEFAULT_THRESHOLDS } from '@/lib/domain/anonymity/thresholds';
import { AppError } from '@/lib/domain/errors';
import { DEFAULT_SCHEDULE } from '@/lib/domain/pulses/schedule';
import { EMPTY_AUDIT_FILTER } from '@/lib/domain/audit/audit-filter';
import type { AuditWording } from '@/lib/domain/audit/audit-wording';
import { listAuditEntries } from '@/lib/server/admin/audit-log';
import { auditWordingFor } from '@/testing/audit-wording';
import { addLeadership, removeLeadership } from '@/lib/server/people/leadership';
import { movePerson } from '@/lib/server/people/move-person';
import { getOrganisationStructure } from '@/lib/server/organisation/organisation-structure';
import { applyPeopleImport, previewPeopleImport } from '@/lib/server/people/people-import';
import { searchPeople } from '@/lib/server/people/people-directory';
import { deactivatePerson, reactivatePerson } from '@/lib/server/people/person-activation';
import { getPersonDetails } from '@/lib/server/people/person-details';
import { getPulseSettings, saveAnonymityThresholds, savePulseSchedule } from '@/lib/server/pulses/pulse-settings';
import { getBankItem, listQuestionBank } from '@/lib/server/pulses/question-bank';
import { applyRetention } from '@/lib/server/admin/retention';
import { grantRole, listRoleHolders, revokeRole } from '@/lib/server/people/role-management';
import { saveDepartment } from '@/lib/server/organisation/save-department';
import { createSurveyItem, retireSurveyItem, updateSurveyItem } from '@/lib/server/pulses/save-survey-item';
import { saveTeam } from '@/lib/server/organisation/save-team';
import { type Viewer, loadViewer } from './viewer';
import { installAppDatabase } from '@/testing/database/app-database';

let database: TestDatabase;
let org: FixtureOrganisation;
let wording: AuditWording;

beforeAll(async () => {
  wording = await auditWordingFor('en');
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
});
afterAll(() => database.destroy());

const CSV = 'email,name,department,team,role,leader_email\nnew@fixture.test,New,Sales,Sales Desk,,';

/** Every HR data function, each called with input that would succeed for HR. */
const HR_FUNCTIONS: Record<string, (viewer: Viewer) => Promise<unknown>> = {
  getOrganisationStructure: (v) => getOrganisationStructure(v),
  saveDepartment: (v) => saveDepartment(v, { name: 'New department', parentId: null }),
  saveTeam: (v) => saveTeam(v, { name: 'New team', departmentId: org.departments.other }),
  addLeadership: (v) => addLeadership(v, { unit: 'team', unitId: org.teams.otherTeam, email: 'employee@fixture.test' }),
  removeLeadership: (v) =>
    removeLeadership(v, { unit: 'team', unitId: org.teams.childTeam, personId: org.people.leader }),
  searchPeople: (v) => searchPeople(v, { q: '', status: 'all', page: 1 }),
  getPersonDetails: (v) => getPersonDetails(v, org.people.employee),
  movePerson: (v) => movePerson(v, { personId: org.people.employee, teamId: org.teams.otherTeam, date: '2026-03-01' }),
  deactivatePerson: (v) => deactivatePerson(v, org.people.employee),
  reactivatePerson: (v) => reactivatePerson(v, org.people.leaver),
  previewPeopleImport: (v) => previewPeopleImport(v, CSV),
  applyPeopleImport: async (v) => applyPeopleImport(v, CSV, (await previewPeopleImport(v, CSV)).digest),
  getPulseSettings: (v) => getPulseSettings(v),
  savePulseSchedule: (v) => savePulseSchedule(v, DEFAULT_SCHEDULE),
  saveAnonymityThresholds: (v) => saveAnonymityThresholds(v, DEFAULT_THRESHOLDS),
  listQuestionBank: (v) => listQuestionBank(v),
  getBankItem: (v) => getBankItem(v, 1),
  createSurveyItem: (v) => createSurveyItem(v, { line: 1, textNl: 'Een nieuwe vraag.', textEn: 'A new question.' }),
  updateSurveyItem: (v) => updateSurveyItem(v, { itemId: 1, textNl: 'Een andere vraag.', textEn: 'Another question.' }),
  retireSurveyItem: (v) => retireSurveyItem(v, 1),
};

/** Every admin data function. */
const ADMIN_FUNCTIONS: Record<string, (viewer: Viewer) => Promise<unknown>> = {
  listRoleHolders: (v) => listRoleHolders(v),
  grantRole: (v) => grantRole(v, { email: 'employee@fixture.test', role: 'hr' }),
  revokeRole: (v) => revokeRole(v, { personId: org.people.hr, role: 'hr' }),
  applyRetention: (v) => applyRetention(v, { months: 3, confirm: 'delete' }),
  listAuditEntries: (v) => listAuditEntries(v, EMPTY_AUDIT_FILTER, wording),
};

async function refusal(call: Promise<unknown>): Promise<string> {
  const error: unknown = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `no refusal (${String(error)})`;
}

async function refusalsOf(
  key: keyof FixtureOrganisation['people'],
  functions: Record<string, (viewer: Viewer) => Promise<unknown>>,
) {
  const viewer = (await loadViewer(database.db, org.people[key]))!;
  const entries = await Promise.all(
    Object.entries(functions).map(async ([name, call]) => [name, await refusal(call(viewer))] as const),
  );
  return Object.fromEntries(entries);
}

const allForbidden = (functions: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(functions).map((name) => [name, 'forbidden']));

describe('who may manage the organisation, the pulses and the system', () => {
  it.each(['employee', 'leader', 'head'] as const)(
    'refuses every HR and admin data function to the %s, changing nothing',
    async (key) => {
      const entries = await database.db.$count(auditLog);
      expect(await refusalsOf(key, HR_FUNCTIONS)).toEqual(allForbidden(HR_FUNCTIONS));
      expect(await refusalsOf(key, ADMIN_FUNCTIONS)).toEqual(allForbidden(ADMIN_FUNCTIONS));
      expect(await database.db.$count(auditLog)).toBe(entries);
    },
  );

  it('refuses the admin functions to HR and the HR functions to an admin, who may only set the anonymity thresholds', async () => {
    expect(await refusalsOf('hr', ADMIN_FUNCTIONS)).toEqual(allForbidden(ADMIN_FUNCTIONS));
    expect(await refusalsOf('admin', HR_FUNCTIONS)).toEqual({
      ...allForbidden(HR_FUNCTIONS),
      saveAnonymityThresholds: 'no refusal (null)',
    });
  });
});
