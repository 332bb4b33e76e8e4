import { type OrgStructure, unitsContainingTeam } from '@/lib/organisation/org-structure';
import type { UnitKey } from '@/lib/rollups/units';
import { buildPulseBlocks } from './pulse-blocks';

export interface PulseRespondents {
  pulseId: number;
  /** Respondents per team to this pulse. */
  respondentsByTeam: ReadonlyMap<number, number>;
}

/**
 * The units that, for one pulse, are not a union of whole blocks of at least k respondents:
 * showing them would let a subtraction isolate part of a block. A block's teams share some units
 * entirely (those stay whole) and split others (those break).
 */
export function brokenUnits(structure: OrgStructure, pulse: PulseRespondents, k: number): Set<UnitKey> {
  const broken = new Set<UnitKey>();
  for (const block of buildPulseBlocks(structure, pulse.respondentsByTeam, k)) {
    const unitLists = block.teamIds.map((teamId) => unitsContainingTeam(structure, teamId));
    // Fewer than k in the whole organisation for this pulse: nothing that holds it may be shown.
    if (block.respondents > 0 && block.respondents < k) {
      unitLists.flat().forEach((unit) => broken.add(unit));
      continue;
    }
    const shared = unitLists.reduce((common, units) => common.filter((unit) => units.includes(unit)));
    for (const unit of unitLists.flat()) if (!shared.includes(unit)) broken.add(unit);
  }
  return broken;
}

/**
 * Decides, from the data alone, whether a cell (a unit in a period) may be shown: it has at least
 * k distinct respondents, and for every pulse of the period the unit is a union of whole blocks.
 * Every page, API and export asks this one function, so they all show the same cells.
 */
export function createPublicationRule(structure: OrgStructure, pulses: PulseRespondents[], k: number) {
  const brokenByPulse = new Map(pulses.map((pulse) => [pulse.pulseId, brokenUnits(structure, pulse, k)]));
  return (unit: UnitKey, pulseIdsOfPeriod: readonly number[], respondents: number): boolean =>
    respondents >= k && pulseIdsOfPeriod.every((pulseId) => !brokenByPulse.get(pulseId)?.has(unit));
}

export type PublicationRule = ReturnType<typeof createPublicationRule>;
