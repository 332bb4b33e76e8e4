import type { Sql } from 'postgres';

interface Definition {
  table: string;
  name: string;
  definition: string;
}

/** What was dropped before a bulk load, exactly as the migrations made it, to be made again after. */
export interface SuspendedIndexes {
  restore: () => Promise<void>;
}

/**
 * Drops the indexes, primary and unique keys of `tables` and every foreign key into or out of
 * them, so that COPY only appends rows; `restore` recreates each from its own definition (indexes
 * built in one pass, one table per connection) and validates the foreign keys in one query each.
 */
export async function suspendIndexes(sql: Sql, tables: readonly string[]): Promise<SuspendedIndexes> {
  const list = [...tables];
  const foreignKeys = await sql<Definition[]>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint
    where contype = 'f' and (conrelid = any(${list}::regclass[]) or confrelid = any(${list}::regclass[]))`;
  const keys = await sql<Definition[]>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype in ('p', 'u') and conrelid = any(${list}::regclass[])`;
  const indexes = await sql<Definition[]>`
    select i.indrelid::regclass::text as table, i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i
    where i.indrelid = any(${list}::regclass[]) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;

  for (const key of [...foreignKeys, ...keys]) await sql.unsafe(`alter table ${key.table} drop constraint ${key.name}`);
  for (const index of indexes) await sql.unsafe(`drop index ${index.name}`);

  return {
    restore: async () => {
      await Promise.all(
        list.map(async (table) => {
          for (const key of keys.filter((k) => k.table === table))
            await sql.unsafe(`alter table ${key.table} add constraint ${key.name} ${key.definition}`);
          for (const index of indexes.filter((i) => i.table === table)) await sql.unsafe(index.definition);
        }),
      );
      for (const key of foreignKeys)
        await sql.unsafe(`alter table ${key.table} add constraint ${key.name} ${key.definition}`);
    },
  };
}
