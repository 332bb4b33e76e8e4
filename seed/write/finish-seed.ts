import type { Sql } from 'postgres';
import { PULSE_SCHEDULE_KEY } from '@/lib/queries/pulses/load-schedule';
import { seededPulseSchedule } from '@/seed/plan/pulse-schedule';

/**
 * The pulse schedule the seeded pulses follow (as the demo seed stores it, so the app opens the
 * next pulse on time), a record of the seed in the audit log, and every identity moved past the
 * ids written.
 */
export async function finishSeed(sql: Sql, firstOpening: Date, counts: Record<string, number>): Promise<void> {
  await sql`insert into settings (key, value) values (${PULSE_SCHEDULE_KEY}, ${sql.json(seededPulseSchedule(firstOpening))})`;
  await sql`insert into audit_log (actor_id, action, entity, after) values (null, 'seed.large', 'organisation', ${sql.json(counts)})`;

  const identities = await sql<{ table: string; column: string }[]>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public' and is_identity = 'YES'`;
  for (const { table, column } of identities) {
    await sql.unsafe(
      `select setval(pg_get_serial_sequence('${table}', '${column}'), max(${column})) from ${table} having max(${column}) is not null`,
    );
  }
}

/** Sets hint bits and the visibility map and gathers statistics, as autovacuum would after a load; returns the database size. */
export async function vacuumAndMeasure(sql: Sql): Promise<{ bytes: number; pretty: string }> {
  await sql`vacuum (analyze)`;
  const [size] = await sql<{ bytes: string; pretty: string }[]>`
    select pg_database_size(current_database())::text as bytes, pg_size_pretty(pg_database_size(current_database())) as pretty`;
  return { bytes: Number(size?.bytes ?? 0), pretty: size?.pretty ?? '?' };
}
