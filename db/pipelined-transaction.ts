import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Database } from './client';
import { rowsOf } from './rows';

/** Sends a statement at once, behind those sent before it on the transaction's connection. */
export type Send = <Row = Record<string, unknown>>(statement: SQL) => Promise<Row[]>;

export interface Pipeline {
  send: Send;
  /** Sends COMMIT behind every statement sent so far. */
  commit: () => Promise<unknown>;
}

/**
 * Named, and named even without parameters: postgres.js sends a statement without parameters as a
 * simple query, which Postgres parses and plans every time. Its types do not list `simple`.
 */
const NAMED_STATEMENT = { prepare: true, simple: false } as postgres.UnsafeQueryOptions;

/**
 * The statements sent here are short, run many times a second with new values, and have one good
 * plan. Left to choose, Postgres plans the larger ones afresh for every set of values (a custom
 * plan), which takes longer than running them.
 */
const BEGIN = 'begin; set local plan_cache_mode = force_generic_plan';

const clients = new WeakMap<Database, postgres.Sql>();
const dialect = new PgDialect({ casing: 'snake_case' });

/** Lets `pipelinedTransaction` take connections of this postgres.js pool for `db`. */
export function allowPipelining(db: Database, client: postgres.Sql): void {
  clients.set(db, client);
}

/**
 * A transaction whose statements go out as soon as they are sent, without waiting for the ones
 * before them: BEGIN travels with the first batch and COMMIT, sent by `commit()`, with the last,
 * so a transaction of two batches takes two round trips, not four. A failed statement aborts the
 * transaction and the COMMIT behind it then rolls back. Its statements run on generic plans. On
 * PGlite, which has no round trips, it is a plain transaction.
 */
export async function pipelinedTransaction<T>(db: Database, work: (pipeline: Pipeline) => Promise<T>): Promise<T> {
  const client = clients.get(db);
  if (!client) {
    return db.transaction((tx) =>
      work({
        send: async <Row>(statement: SQL) => rowsOf<Row>(await tx.execute(statement)),
        commit: () => Promise.resolve(),
      }),
    );
  }
  const connection = await client.reserve();
  let committed = false;
  try {
    const begun = connection.unsafe(BEGIN).execute();
    const send: Send = <Row>(statement: SQL) => {
      const { sql, params } = dialect.sqlToQuery(statement);
      return connection
        .unsafe(sql, params as postgres.ParameterOrJSON<never>[], NAMED_STATEMENT)
        .execute() as unknown as Promise<Row[]>;
    };
    const commit = () => {
      committed = true;
      return connection.unsafe('commit').execute();
    };
    const [, result] = await Promise.all([begun, work({ send, commit })]);
    if (!committed) await commit();
    return result;
  } catch (error) {
    await connection.unsafe('rollback').catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}
