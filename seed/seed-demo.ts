import { eq, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { hashPassword } from '@/lib/domain/auth/password';
import { PULSE_SCHEDULE_KEY } from '@/lib/queries/pulses/load-schedule';
import { publishDue } from '@/lib/queries/publication/publish-due';
import { rebuildRollups } from '@/lib/queries/rollups/rebuild-rollups';
import type { Database } from '@/db/client';
import * as schema from '@/db/schema';
import { planDemoOrganisation } from './demo/demo-plan';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-structure';
import { seededPulseSchedule } from './plan/pulse-schedule';
import { type SeedCounts, type Transaction, insertDemoPlan } from './write/insert-demo-plan';

export type SeedResult = { alreadySeeded: true } | { alreadySeeded: false; counts: SeedCounts };

/**
 * Seeds the demo organisation in one transaction. Does nothing when the demo is already there,
 * unless `reset` is set: then every table is emptied first and the demo written anew.
 */
export async function seedDemo(db: Database, options: { today?: Date; reset?: boolean } = {}): Promise<SeedResult> {
  if (!options.reset && (await isSeeded(db))) return { alreadySeeded: true };

  const plan = planDemoOrganisation(options.today ?? new Date());
  // Argon2 is slow on purpose: one hash serves every demo person, who all share the password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = await db.transaction(async (tx) => {
    if (options.reset) await emptyAllTables(tx);
    const written = await insertDemoPlan(tx, plan, passwordHash);
    await tx
      .insert(schema.settings)
      .values({ key: PULSE_SCHEDULE_KEY, value: seededPulseSchedule(plan.pulses[0]!.opensAt) });
    await rebuildRollups(tx);
    await publishDue(tx, { at: options.today ?? new Date() });
    await tx
      .insert(schema.auditLog)
      .values({ actorId: null, action: 'seed.demo', entity: 'organisation', after: written });
    return written;
  });
  return { alreadySeeded: false, counts };
}

async function isSeeded(db: Database): Promise<boolean> {
  const found = await db
    .select({ id: schema.people.id })
    .from(schema.people)
    .where(eq(schema.people.email, DEMO_ACCOUNTS.admin.email))
    .limit(1);
  return found.length > 0;
}

/** Every table of the schema, including any added later, with identities restarted. */
async function emptyAllTables(tx: Transaction): Promise<void> {
  const tables = Object.values<unknown>(schema).filter((value): value is PgTable => is(value, PgTable));
  await tx.execute(sql`truncate table ${sql.join(tables, sql`, `)} restart identity cascade`);
}
