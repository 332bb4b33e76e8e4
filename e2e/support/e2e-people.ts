import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { hashPassword } from '@/lib/domain/auth/password';
import { DEMO_PASSWORD } from './demo-accounts';
import { e2eDatabaseEnv } from './e2e-environment';

/** The e2e server's database, for specs that set up or inspect what the product cannot show; null on embedded PGlite, which only the server may open. */
export function e2eDatabase() {
  const { DATABASE_URL } = e2eDatabaseEnv();
  return DATABASE_URL ? postgres(DATABASE_URL, { max: 1, onnotice: () => {} }) : null;
}

let workerClient: ReturnType<typeof e2eDatabase> | undefined;

/**
 * One client of the e2e database for every spec file a worker runs, ended when the worker ends
 * (e2e/support/test.ts). A file's `afterAll` must not end it: with fully parallel tests a worker
 * can run the file's `afterAll` and later be given another test of the same file.
 */
export function workerDatabase() {
  workerClient ??= e2eDatabase();
  return workerClient;
}

export async function endWorkerDatabase(): Promise<void> {
  await workerClient?.end();
  workerClient = undefined;
}

/**
 * A new employee, in no team, who signs in with the demo password: for specs that end sessions,
 * lock accounts or deactivate people, so that no other spec running at the same time loses its own.
 */
export async function createPerson(sql: postgres.Sql, label: string): Promise<{ personId: number; email: string }> {
  const email = `e2e.${label}.${randomUUID().slice(0, 8)}@demo.test`;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [person] = await sql<
    { id: number }[]
  >`insert into people (email, name, password_hash) values (${email}, ${`E2E ${label}`}, ${passwordHash}) returning id`;
  await sql`insert into person_roles (person_id, role) values (${person!.id}, 'employee')`;
  return { personId: person!.id, email };
}

/** Puts a person in the demo employee's team since 2025, as if they had always been in it. */
export async function joinEmployeesTeam(sql: postgres.Sql, personId: number): Promise<void> {
  await sql`
    insert into team_memberships (person_id, team_id, valid_from)
    select ${personId}, m.team_id, '2025-01-01' from team_memberships m join people p on p.id = m.person_id
    where p.email = 'employee@demo.test' and m.valid_to is null`;
}

/** Such a person in the demo employee's team, who may answer its pulse and see /me. */
export async function createEmployee(sql: postgres.Sql, label: string): Promise<{ personId: number; email: string }> {
  const person = await createPerson(sql, label);
  await joinEmployeesTeam(sql, person.personId);
  return person;
}
