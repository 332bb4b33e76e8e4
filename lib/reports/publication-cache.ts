import type { BrokenUnitsByPulse } from '@/lib/anonymity/publication';
import type { UnitKey } from '@/lib/rollups/units';

/**
 * What this server process remembers of closed pulses until the rollup epoch moves (a rebuild):
 * their respondents per team, which can no longer change, and the anonymity blocks of the months
 * that are over. A report then reads only the team counts of pulses still open.
 */
const counts = new Map<string, ReadonlyMap<number, number>>();
const breaks = new Map<string, ReadonlySet<UnitKey>>();
const LIMIT = 20_000;

const countsKey = (epoch: number, pulseId: number) => `${epoch}|${pulseId}`;
const breaksKey = (epoch: number, k: number, pulseId: number) => `${epoch}|${k}|${pulseId}`;

function found<V>(cache: ReadonlyMap<string, V>, pulseIds: readonly number[], keyOf: (pulseId: number) => string): Map<number, V> {
  const result = new Map<number, V>();
  for (const pulseId of pulseIds) {
    const value = cache.get(keyOf(pulseId));
    if (value) result.set(pulseId, value);
  }
  return result;
}

function remember<V>(cache: Map<string, V>, values: ReadonlyMap<number, V>, keyOf: (pulseId: number) => string): void {
  if (cache.size + values.size > LIMIT) cache.clear();
  for (const [pulseId, value] of values) cache.set(keyOf(pulseId), value);
}

export const rememberedCounts = (epoch: number, pulseIds: readonly number[]) => found(counts, pulseIds, (id) => countsKey(epoch, id));
export const rememberCounts = (epoch: number, values: ReadonlyMap<number, ReadonlyMap<number, number>>) => remember(counts, values, (id) => countsKey(epoch, id));
export const rememberedBreaks = (epoch: number, k: number, pulseIds: readonly number[]) => found(breaks, pulseIds, (id) => breaksKey(epoch, k, id));
export const rememberBreaks = (epoch: number, k: number, values: BrokenUnitsByPulse) => remember(breaks, values, (id) => breaksKey(epoch, k, id));
