import postgres from 'postgres';

/** The Postgres server the bench creates its databases on: trust auth on this machine, only 127.0.0.1. */
export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database (dropping one of the same name left by an earlier run) and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await withServer(serverUrl, async (sql) => {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  });
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withServer(serverUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withServer(
    serverUrl,
    async (sql) => (await sql`select 1 from pg_database where datname = ${name}`).length > 0,
  );
}

export async function serverVersion(serverUrl: string): Promise<string> {
  return withServer(
    serverUrl,
    async (sql) => (await sql<{ server_version: string }[]>`show server_version`)[0]?.server_version ?? '?',
  );
}

async function withServer<T>(serverUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}
