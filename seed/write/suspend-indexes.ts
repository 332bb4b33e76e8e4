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
 * them, so that COPY only appends rows. `restore` builds every index at once, one per connection
 * (a key's as a plain unique index, which it then adopts: adding the key itself would lock its
 * table against the others' builds), then adds the foreign keys unchecked and checks them at once,
 * one table per connection (two checks of one table would wait for each other).
 */
export async function suspendIndexes(sql: Sql, tables: readonly string[]): Promise<SuspendedIndexes> {
  const list = [...tables];
  const foreignKeys = await sql<Definition[]>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint
    where contype = 'f' and (conrelid = any(${list}::regclass[]) or confrelid = any(${list}::regclass[]))`;
  const keys = await sql<(Definition & { kind: 'p' | 'u'; index: string; indexName: string })[]>`
    select conrelid::regclass::text as table, conname as name, contype as kind, pg_get_indexdef(conindid) as index,
      conindid::regclass::text as "indexName"
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
        [...keys.map((key) => key.index), ...indexes.map((index) => index.definition)].map((definition) =>
          sql.unsafe(definition),
        ),
      );
      for (const key of keys)
        await sql.unsafe(
          `alter table ${key.table} add constraint ${key.name} ${key.kind === 'p' ? 'primary key' : 'unique'} using index ${key.indexName}`,
        );
      for (const key of foreignKeys)
        await sql.unsafe(`alter table ${key.table} add constraint ${key.name} ${key.definition} not valid`);
      await Promise.all(
        [...new Set(foreignKeys.map((key) => key.table))].map(async (table) => {
          for (const key of foreignKeys.filter((k) => k.table === table))
            await sql.unsafe(`alter table ${key.table} validate constraint ${key.name}`);
        }),
      );
    },
  };
}
