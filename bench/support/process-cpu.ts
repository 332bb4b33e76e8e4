import { readFileSync } from 'node:fs';
import type { Sql } from 'postgres';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ) whatever the kernel's own rate. */
const TICK_MS = 10;

/** CPU milliseconds (user and system) a process has used so far; 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    // Fields after the command name, which sits in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

export interface CpuSnapshot {
  nextMs: number;
  postgresMs: Map<number, number>;
}

/**
 * CPU used so far by the Next servers and by the Postgres backends serving one database (other
 * databases on the same server, and the bench's own connection, are left out).
 */
export async function cpuSnapshot(serverPids: readonly number[], sql: Sql, database: string): Promise<CpuSnapshot> {
  const backends = await sql<
    { pid: number }[]
  >`select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;
  return {
    nextMs: serverPids.reduce((sum, pid) => sum + processCpuMs(pid), 0),
    postgresMs: new Map(backends.map(({ pid }) => [pid, processCpuMs(pid)])),
  };
}

/** CPU milliseconds between two snapshots; a backend that started in between counts in full. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): { nextMs: number; postgresMs: number } {
  let postgresMs = 0;
  for (const [pid, ms] of after.postgresMs) postgresMs += ms - (before.postgresMs.get(pid) ?? 0);
  return { nextMs: after.nextMs - before.nextMs, postgresMs };
}
