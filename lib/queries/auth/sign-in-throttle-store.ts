import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { signInThrottle } from '@/db/schema';
import {
  THROTTLE_LIMITS,
  type ThrottleScope,
  type ThrottleState,
  countFailure,
  lockIfDue,
  retryAt,
} from '@/lib/domain/auth/sign-in-throttle-policy';

/**
 * The throttle's counts, kept in the database so that every app server sees the same. Reads are
 * plain; every change locks its row (an upsert that returns it) and decides with the pure policy
 * inside one transaction, so concurrent attempts on any server are counted one after the other.
 */

export interface ThrottleKeys {
  account: string;
  address: string;
}

export interface Refusal {
  scope: ThrottleScope;
  retryAt: Date;
}

export interface Lock {
  scope: ThrottleScope;
  until: Date;
}

function stateOf(row: typeof signInThrottle.$inferSelect): ThrottleState {
  return { failures: row.failures, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil, locks: row.locks };
}

const isKey = (scope: ThrottleScope, key: string) => and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key));

/** Whether the address or the account must wait, by one read: the cheap answer while under attack. */
export async function findRefusal(db: Database, keys: ThrottleKeys, now: Date): Promise<Refusal | null> {
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(or(isKey('address', keys.address), isKey('account', keys.account)));
  for (const scope of ['address', 'account'] as const) {
    const row = rows.find((candidate) => candidate.scope === scope);
    const until = row ? retryAt(stateOf(row), THROTTLE_LIMITS[scope], now) : null;
    if (until) return { scope, retryAt: until };
  }
  return null;
}

async function lockedState(tx: Database, scope: ThrottleScope, key: string, now: Date): Promise<ThrottleState> {
  const [row] = await tx
    .insert(signInThrottle)
    .values({ scope, key, lastFailureAt: now })
    .onConflictDoUpdate({
      target: [signInThrottle.scope, signInThrottle.key],
      set: { failures: sql`${signInThrottle.failures}` },
    })
    .returning();
  return stateOf(row!);
}

async function save(tx: Database, scope: ThrottleScope, key: string, state: ThrottleState): Promise<void> {
  await tx.update(signInThrottle).set(state).where(isKey(scope, key));
}

/**
 * Counts an attempt on the account before its password is verified, unless the account must wait:
 * then returns when it may try again. Counting first means that parallel attempts, on one server or
 * several, cannot all slip past the check before any failure is written.
 */
export async function claimAccountAttempt(db: Database, account: string, now: Date): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const state = await lockedState(tx, 'account', account, now);
    const until = retryAt(state, THROTTLE_LIMITS.account, now);
    if (!until) await save(tx, 'account', account, countFailure(state, THROTTLE_LIMITS.account, now));
    return until;
  });
}

/** Takes back a claimed attempt whose password was never verified (the server was too busy). */
export async function releaseAccountAttempt(db: Database, account: string): Promise<void> {
  await db
    .update(signInThrottle)
    .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)` })
    .where(isKey('account', account));
}

/** A successful sign-in: the account's failures and locks are gone. */
export async function forgetAccount(db: Database, account: string): Promise<void> {
  await db.delete(signInThrottle).where(isKey('account', account));
}

/**
 * A wrong password: the account's claimed attempt stands and may lock it; the address counts one
 * more failure and may lock too. Returns the locks this failure started.
 */
export async function recordFailure(db: Database, keys: ThrottleKeys, now: Date): Promise<Lock[]> {
  const locks = await db.transaction(async (tx) => {
    const started: Lock[] = [];
    const account = await lockedState(tx, 'account', keys.account, now);
    const accountLocked = lockIfDue(account, THROTTLE_LIMITS.account, now);
    if (accountLocked) {
      await save(tx, 'account', keys.account, accountLocked);
      started.push({ scope: 'account', until: accountLocked.lockedUntil! });
    }
    const address = countFailure(await lockedState(tx, 'address', keys.address, now), THROTTLE_LIMITS.address, now);
    const addressLocked = lockIfDue(address, THROTTLE_LIMITS.address, now);
    await save(tx, 'address', keys.address, addressLocked ?? address);
    if (addressLocked) started.push({ scope: 'address', until: addressLocked.lockedUntil! });
    return started;
  });
  await forgetQuietKeys(db, now);
  return locks;
}

/** Removes the rows the policy has forgotten already, so that one-off typos do not pile up. */
async function forgetQuietKeys(db: Database, now: Date): Promise<void> {
  const quietFor = (scope: ThrottleScope) => {
    const since = new Date(now.getTime() - THROTTLE_LIMITS[scope].forgetAfterMs);
    return and(
      eq(signInThrottle.scope, scope),
      lt(signInThrottle.lastFailureAt, since),
      or(isNull(signInThrottle.lockedUntil), lte(signInThrottle.lockedUntil, since)),
    );
  };
  await db.delete(signInThrottle).where(or(quietFor('account'), quietFor('address')));
}
