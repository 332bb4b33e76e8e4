import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureOrganisation, type FixtureOrganisation } from '@/testing/database/fixture-organisation';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { installAppDatabase } from '@/testing/database/app-database';
import { AppError } from '@/lib/domain/errors';
import { getAdminOverview } from '@/lib/server/admin/admin-overview';
import { listTeamsInScope } from '@/lib/server/team/leader-teams';
import { getTeamPage } from '@/lib/server/team/team-page';
import { getMyMemberships, getMyProfile } from '@/lib/server/me/my-profile';
import { getOrganisationTree } from '@/lib/server/organisation/organisation-overview';
import { requireTeamAccess, teamAccess } from './team-access';
import { getCurrentPulse } from '@/lib/server/survey/current-pulse';
import { type Viewer, loadViewer } from './viewer';

let database: TestDatabase;
let org: FixtureOrganisation;

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  org = await createFixtureOrganisation(database.db);
});
afterAll(() => database.destroy());

async function viewer(key: keyof FixtureOrganisation['people']): Promise<Viewer> {
  const loaded = await loadViewer(database.db, org.people[key]);
  if (!loaded) throw new Error(`fixture person ${key} is not active`);
  return loaded;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `no refusal (${String(error)})`;
}

describe('the viewer', () => {
  it('carries the roles read from the database', async () => {
    expect((await viewer('leader')).roles.sort()).toEqual(['employee', 'leader']);
    expect((await viewer('admin')).roles).toEqual(['admin']);
  });

  it('does not exist for a deactivated person, so their session stops counting', async () => {
    expect(await loadViewer(database.db, org.people.leaver)).toBeNull();
  });
});

describe('leader scope', () => {
  it('gives a leader only the teams they lead', async () => {
    const teams = await listTeamsInScope(await viewer('leader'));
    expect(teams.map((team) => team.id)).toEqual([org.teams.childTeam]);
    expect(teams[0]).toMatchObject({ leads: true, memberCount: 2 });
  });

  it('gives a head every team in their department and the departments below it', async () => {
    const teams = await listTeamsInScope(await viewer('head'));
    expect(teams.map((team) => team.id).sort()).toEqual([org.teams.childTeam, org.teams.parentTeam].sort());
    expect(teams.every((team) => !team.leads)).toBe(true);
  });

  it('refuses a team outside the scope with 403', async () => {
    expect(await refusal(requireTeamAccess(await viewer('leader'), org.teams.otherTeam, 'lead'))).toBe('forbidden');
    expect(await refusal(requireTeamAccess(await viewer('head'), org.teams.otherTeam, 'lead'))).toBe('forbidden');
    await expect(requireTeamAccess(await viewer('head'), org.teams.childTeam, 'lead')).resolves.toMatchObject({
      lead: true,
    });
  });

  it('refuses people without the leader role, HR and admins included', async () => {
    for (const key of ['employee', 'hr', 'admin'] as const) {
      expect(await refusal(listTeamsInScope(await viewer(key)))).toBe('forbidden');
    }
  });
});

describe('what a viewer may do with a team', () => {
  it('gives HR every team to read, a leader the teams in scope to read and lead, an employee their own team’s results', async () => {
    expect(await teamAccess(await viewer('hr'), org.teams.otherTeam)).toEqual({
      teamId: org.teams.otherTeam,
      results: true,
      feedback: true,
      lead: false,
    });
    expect(await teamAccess(await viewer('leader'), org.teams.childTeam)).toEqual({
      teamId: org.teams.childTeam,
      results: true,
      feedback: true,
      lead: true,
    });
    expect(await teamAccess(await viewer('head'), org.teams.parentTeam)).toMatchObject({
      results: true,
      feedback: true,
      lead: true,
    });
    expect(await teamAccess(await viewer('employee'), org.teams.childTeam)).toEqual({
      teamId: org.teams.childTeam,
      results: true,
      feedback: false,
      lead: false,
    });
    expect(await teamAccess(await viewer('employee'), org.teams.otherTeam)).toMatchObject({
      results: false,
      feedback: false,
      lead: false,
    });
    expect(await teamAccess(await viewer('hr'), 999_999)).toBeNull();
  });

  it("refuses a team that exists outside the viewer's scope with 403, and a team that does not exist with 404 for everyone", async () => {
    expect(await refusal(requireTeamAccess(await viewer('employee'), org.teams.childTeam, 'feedback'))).toBe(
      'forbidden',
    );
    expect(await refusal(requireTeamAccess(await viewer('leader'), org.teams.otherTeam, 'results'))).toBe('forbidden');
    expect(await refusal(requireTeamAccess(await viewer('hr'), org.teams.otherTeam, 'lead'))).toBe('forbidden');
    for (const key of ['employee', 'leader', 'head', 'hr', 'admin'] as const)
      for (const capability of ['results', 'feedback', 'lead'] as const)
        expect(await refusal(requireTeamAccess(await viewer(key), 999_999, capability)), `${key} ${capability}`).toBe(
          'not_found',
        );
  });
});

describe('a team’s page', () => {
  it('opens to the leaders whose scope holds the team, who record its actions, and to HR, who reads it', async () => {
    expect(await getTeamPage(await viewer('leader'), org.teams.childTeam)).toMatchObject({
      team: { id: org.teams.childTeam, leads: true },
      inScope: true,
      teamsInScope: 1,
    });
    expect(await getTeamPage(await viewer('head'), org.teams.parentTeam)).toMatchObject({
      inScope: true,
      teamsInScope: 2,
    });
    expect(await getTeamPage(await viewer('hr'), org.teams.otherTeam)).toMatchObject({
      team: { id: org.teams.otherTeam, leads: false },
      inScope: false,
    });
  });

  it('is refused to a leader outside their scope and to employees and admins; a team that does not exist is not found by anyone', async () => {
    for (const [key, teamId] of [
      ['leader', org.teams.otherTeam],
      ['head', org.teams.otherTeam],
      ['employee', org.teams.childTeam],
      ['admin', org.teams.childTeam],
    ] as const) {
      expect(await refusal(getTeamPage(await viewer(key), teamId)), `${key} ${teamId}`).toBe('forbidden');
    }
    for (const key of ['employee', 'leader', 'head', 'hr', 'admin'] as const)
      expect(await refusal(getTeamPage(await viewer(key), 999_999)), key).toBe('not_found');
  });
});

describe('organisation and administration', () => {
  it('shows HR the department tree with nested departments and headcounts', async () => {
    const tree = await getOrganisationTree(await viewer('hr'));
    const operations = tree.find((node) => node.id === org.departments.parent);
    expect(operations?.children.map((child) => child.id)).toEqual([org.departments.child]);
    expect(operations?.headcount).toBe(3);
    expect(operations?.heads).toEqual(['Fixture head']);
  });

  it('refuses the organisation tree to everyone but HR', async () => {
    for (const key of ['employee', 'leader', 'head', 'admin'] as const) {
      expect(await refusal(getOrganisationTree(await viewer(key)))).toBe('forbidden');
    }
  });

  it('gives admins the overview and refuses it to everyone else', async () => {
    const overview = await getAdminOverview(await viewer('admin'));
    expect(overview).toMatchObject({ activePeople: 6, inactivePeople: 1 });
    expect(overview.signInMethods).toContain('credentials');
    for (const key of ['employee', 'leader', 'hr'] as const) {
      expect(await refusal(getAdminOverview(await viewer(key)))).toBe('forbidden');
    }
  });
});

describe('an employee’s own data', () => {
  it('returns the viewer’s own team and nobody else’s', async () => {
    const profile = await getMyProfile(await viewer('employee'));
    expect(profile.currentTeam?.teamId).toBe(org.teams.childTeam);
    const memberships = await getMyMemberships(await viewer('hr'));
    expect(memberships.map((stay) => stay.teamId)).toEqual([org.teams.otherTeam]);
  });

  it('refuses survey data to someone without the employee role', async () => {
    expect(await refusal(getMyMemberships(await viewer('admin')))).toBe('forbidden');
    expect(await refusal(getCurrentPulse(await viewer('admin'), 'nl'))).toBe('forbidden');
  });

  it('opens the pulse the schedule says is due, with two questions per line, once', async () => {
    const { surveyItems } = await import('@/db/schema');
    await database.db
      .insert(surveyItems)
      .values(
        [1, 2, 3, 4].flatMap((line) =>
          [1, 2, 3].map((n) => ({ line, textNl: `Stelling ${line}.${n}`, textEn: `Statement ${line}.${n}` })),
        ),
      );
    const monday = new Date('2026-11-30T09:00:00Z');
    const [first, again] = await Promise.all([
      getCurrentPulse(await viewer('employee'), 'en', monday),
      getCurrentPulse(await viewer('employee'), 'en', monday),
    ]);
    expect(first.pulse?.id).toBe(again.pulse?.id);
    expect(first.pulse?.opensAt.toISOString()).toBe('2026-11-30T05:00:00.000Z');
    expect(first.pulse?.items.map((item) => item.line)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(first.pulse?.items[0]?.text).toMatch(/^Statement /);
    expect(first).toMatchObject({ eligible: true, answers: null });
    const sunday = await getCurrentPulse(await viewer('employee'), 'nl', new Date('2026-12-07T04:59:00Z'));
    expect(sunday.pulse?.id).toBe(first.pulse?.id);
  });
});
