import { type OrgStructure, unitsContainingTeam } from '@/lib/organisation/org-structure';
import type { UnitKey } from '@/lib/rollups/units';
import { buildPulseBlocks } from './pulse-blocks';

export interface PulseRespondents {
  pulseId: number;
  /** The month the pulse counts in: teams below k in one pulse of a month are hidden for all of it. */
  month: string;
  /** Respondents per team to this pulse. */
  respondentsByTeam: ReadonlyMap<number, number>;
}

/**
 * The units that, for one pulse, are not a union of whole blocks of at least k respondents:
 * showing them would let a subtraction isolate part of a block. A block's teams share some units
 * entirely (those stay whole) and split others (those break).
 */
export function brokenUnits(structure: OrgStructure, pulse: PulseRespondents, k: number, alreadyHidden: ReadonlySet<number> = new Set()): Set<UnitKey> {
  const broken = new Set<UnitKey>();
  for (const block of buildPulseBlocks(structure, pulse.respondentsByTeam, k, alreadyHidden)) {
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
 * Every page, API and export asks this one function, so they all show the same cells. The blocks
 * of a month are worked out the first time one of its pulses is asked about (from every pulse of
 * that month given), so a report pays only for the periods it shows.
 */
export function createPublicationRule(structure: OrgStructure, pulses: PulseRespondents[], k: number, known: BrokenUnitsByPulse = new Map()) {
  const pulsesByMonth = new Map<string, PulseRespondents[]>();
  for (const pulse of pulses) pulsesByMonth.set(pulse.month, [...(pulsesByMonth.get(pulse.month) ?? []), pulse]);
  const monthOf = new Map(pulses.map((pulse) => [pulse.pulseId, pulse.month]));
  const brokenByPulse = new Map(known);
  const brokenIn = (pulseId: number): ReadonlySet<UnitKey> | undefined => {
    const month = monthOf.get(pulseId);
    if (!brokenByPulse.has(pulseId) && month !== undefined) {
      for (const [id, broken] of brokenUnitsByPulse(structure, pulsesByMonth.get(month)!, k)) if (!brokenByPulse.has(id)) brokenByPulse.set(id, broken);
    }
    return brokenByPulse.get(pulseId);
  };
  return (unit: UnitKey, pulseIdsOfPeriod: readonly number[], respondents: number): boolean =>
    respondents >= k && pulseIdsOfPeriod.every((pulseId) => !brokenIn(pulseId)?.has(unit));
}

export type BrokenUnitsByPulse = ReadonlyMap<number, ReadonlySet<UnitKey>>;

/** The broken units of each pulse; pulses must come with every other pulse of their month. */
export function brokenUnitsByPulse(structure: OrgStructure, pulses: PulseRespondents[], k: number): Map<number, Set<UnitKey>> {
  const smallInMonth = new Map<string, Set<number>>();
  for (const pulse of pulses) {
    const small = smallInMonth.get(pulse.month) ?? new Set<number>();
    for (const [teamId, respondents] of pulse.respondentsByTeam) if (respondents > 0 && respondents < k) small.add(teamId);
    smallInMonth.set(pulse.month, small);
  }
  return new Map(pulses.map((pulse) => [pulse.pulseId, brokenUnits(structure, pulse, k, smallInMonth.get(pulse.month))]));
}

export type PublicationRule = ReturnType<typeof createPublicationRule>;
