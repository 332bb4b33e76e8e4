import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments, people, scimTokens, teamMemberships, teams } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { leaveTeam, moveToTeam } from './team-move';

const TODAY = '2026-12-07';
let database: TestDatabase;
let scimTokenId: number;
const team = { a: 0, b: 0 };

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const [department] = await db.insert(departments).values({ name: 'Productie' }).returning();
  const created = await db
    .insert(teams)
    .values([
      { name: 'Magazijn', departmentId: department!.id },
      { name: 'Heftrucks', departmentId: department!.id },
    ])
    .returning();
  [team.a, team.b] = created.map((row) => row.id) as [number, number];
  const [token] = await db.insert(scimTokens).values({ name: 'Entra ID', tokenHash: 'x' }).returning();
  scimTokenId = token!.id;
});
afterAll(() => database.destroy());

async function personIn(teamId: number | null, validFrom = '2026-01-05', active = true): Promise<number> {
  const [person] = await database.db
    .insert(people)
    .values({ email: `p${Math.random().toString(36).slice(2)}@example.be`, name: 'Ann Peeters', active })
    .returning();
  if (teamId !== null) await database.db.insert(teamMemberships).values({ personId: person!.id, teamId, validFrom });
  return person!.id;
}
const stays = (personId: number) =>
  database.db
    .select({ teamId: teamMemberships.teamId, validFrom: teamMemberships.validFrom, validTo: teamMemberships.validTo })
    .from(teamMemberships)
    .where(eq(teamMemberships.personId, personId))
    .orderBy(asc(teamMemberships.id));
const auditOf = (personId: number) =>
  database.db
    .select({
      actorId: auditLog.actorId,
      scimTokenId: auditLog.scimTokenId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(eq(auditLog.entityId, String(personId)))
    .orderBy(asc(auditLog.id));
const inTransaction = <T>(run: (tx: typeof database.db) => Promise<T>) => database.db.transaction(run);

describe('the one core of a team move, for HR and for SCIM', () => {
  it('moves a person today through a SCIM token: one stay closes, one opens, audited with the token', async () => {
    const personId = await personIn(team.a);
    const moved = await inTransaction((tx) =>
      moveToTeam(tx, { scimTokenId }, { personId, teamId: team.b, date: TODAY }, TODAY),
    );
    expect(moved).toBe('close-and-open');
    expect(await stays(personId)).toEqual([
      { teamId: team.a, validFrom: '2026-01-05', validTo: TODAY },
      { teamId: team.b, validFrom: TODAY, validTo: null },
    ]);
    expect(await auditOf(personId)).toEqual([
      {
        actorId: null,
        scimTokenId,
        before: { teamId: team.a, teamName: 'Magazijn', validFrom: '2026-01-05' },
        after: { teamId: team.b, teamName: 'Heftrucks', validFrom: TODAY, corrected: false },
      },
    ]);
  });

  it('changes nothing for a person already in the team, and corrects a stay that began today', async () => {
    const personId = await personIn(team.a, TODAY);
    const move = (teamId: number) =>
      inTransaction((tx) => moveToTeam(tx, { scimTokenId }, { personId, teamId, date: TODAY }, TODAY));
    expect(await move(team.a)).toBe('unchanged');
    expect(await auditOf(personId)).toEqual([]);
    expect(await move(team.b)).toBe('correct');
    expect(await stays(personId)).toEqual([{ teamId: team.b, validFrom: TODAY, validTo: null }]);
  });

  it('refuses to move a deactivated person', async () => {
    const personId = await personIn(null, undefined, false);
    await expect(
      inTransaction((tx) => moveToTeam(tx, { personId: 1 }, { personId, teamId: team.a, date: TODAY }, TODAY)),
    ).rejects.toBeInstanceOf(ChangeRefused);
  });
});

describe('leaving a team', () => {
  it('ends the stay today, and the person is in no team; audited with the token', async () => {
    const personId = await personIn(team.a);
    expect(await inTransaction((tx) => leaveTeam(tx, { scimTokenId }, { personId, teamId: team.a }, TODAY))).toBe(true);
    expect(await stays(personId)).toEqual([{ teamId: team.a, validFrom: '2026-01-05', validTo: TODAY }]);
    expect(await auditOf(personId)).toEqual([
      {
        actorId: null,
        scimTokenId,
        before: { teamId: team.a, teamName: 'Magazijn', validFrom: '2026-01-05' },
        after: { teamId: null, stayEnded: TODAY },
      },
    ]);
  });

  it('removes a stay that began today, which covered no day', async () => {
    const personId = await personIn(team.a, TODAY);
    await inTransaction((tx) => leaveTeam(tx, { scimTokenId }, { personId, teamId: team.a }, TODAY));
    expect(await stays(personId)).toEqual([]);
  });

  it('changes nothing for a person who is in another team, or in none', async () => {
    const elsewhere = await personIn(team.b);
    const nowhere = await personIn(null);
    for (const personId of [elsewhere, nowhere])
      expect(await inTransaction((tx) => leaveTeam(tx, { scimTokenId }, { personId, teamId: team.a }, TODAY))).toBe(
        false,
      );
    expect(await stays(elsewhere)).toEqual([{ teamId: team.b, validFrom: '2026-01-05', validTo: null }]);
    expect([...(await auditOf(elsewhere)), ...(await auditOf(nowhere))]).toEqual([]);
  });
});
