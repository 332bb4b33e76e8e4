import type { BrokenUnitsByPulse } from '@/lib/anonymity/publication';
import type { UnitKey } from '@/lib/rollups/units';

/**
 * The anonymity blocks of pulses whose month is over, remembered by this server process: their
 * respondents can no longer change until the rollup epoch moves (a rebuild), so every report
 * after the first reads only the current month's team counts.
 */
const remembered = new Map<string, ReadonlySet<UnitKey>>();
const LIMIT = 20_000;

const keyOf = (epoch: number, k: number, pulseId: number) => `${epoch}|${k}|${pulseId}`;

export function rememberedBreaks(epoch: number, k: number, pulseIds: number[]): Map<number, ReadonlySet<UnitKey>> {
  const found = new Map<number, ReadonlySet<UnitKey>>();
  for (const pulseId of pulseIds) {
    const broken = remembered.get(keyOf(epoch, k, pulseId));
    if (broken) found.set(pulseId, broken);
  }
  return found;
}

export function rememberBreaks(epoch: number, k: number, breaks: BrokenUnitsByPulse): void {
  if (remembered.size + breaks.size > LIMIT) remembered.clear();
  for (const [pulseId, broken] of breaks) remembered.set(keyOf(epoch, k, pulseId), broken);
}
