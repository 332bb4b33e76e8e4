import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { type UnitKey, parseUnit, teamUnit } from '@/lib/domain/rollups/units';
import {
  type AtomPattern,
  type AtomPatterns,
  type PublicationAtom,
  atomId,
  distinctPersons,
  isEmptyAtom,
} from './atom-patterns';

/** Why a decided cell is not shown: fewer than k answered, or it would give away a smaller group. */
export type DecidedHiddenReason = 'too-few' | 'protecting';

export interface CellDecision {
  unit: UnitKey;
  status: 'shown' | DecidedHiddenReason;
  /** The atoms the published figure sums over (none when hidden). */
  atoms: string[];
  /** Some answers of the unit in the period are left out to protect a smaller group. */
  heldBack: boolean;
  /** A team's month whose comments are shown (in its month and quarter views): at least the comment threshold answered. */
  comments: boolean;
}

export interface PeriodToDecide {
  kind: PeriodKind;
  label: string;
  /** Every atom of the period's pulses, with the units frozen when each pulse was published. */
  atoms: readonly PublicationAtom[];
  /** The comment threshold of the period's pulses (the largest, where they differ). */
  commentMinGroupSize: number;
}

export const publishedCellKey = (unit: UnitKey, kind: PeriodKind, label: string) => `${unit}|${kind}|${label}`;

/**
 * Comments are decided with a team's month, once, and shown in every view of it (its month and its
 * quarter) or in none: no week view shows them, so no month minus its weeks pins one to a week.
 */
export const COMMENT_KIND: PeriodKind = 'month';

/** The coarsest grain: nothing coarser can later want what it leaves out. */
const FINAL_KIND: PeriodKind = 'quarter';

/**
 * Decides once, for every unit with answers in a finished period, whether its cell is published and
 * over which atoms — adding each to `patterns`, the groups of everything published before. A cell
 * keeps a part of a group only when both that part and the rest of the group have none or at least
 * k people, and keeps unseen atoms only when together they do; what it drops are its "held back"
 * answers. Teams are decided first, then departments from the deepest up, then the organisation, so
 * the price falls on the larger units. Below the final grain a department or the organisation holds
 * a team's answers only where the team's own cell shows them: a small team's week stays out of its
 * department's week, so its weeks stay together for its month, and its months for its quarter.
 * `atomsById` must hold every atom that shares a published cell with the period's atoms.
 */
export function decidePeriodCells(
  period: PeriodToDecide,
  patterns: AtomPatterns,
  atomsById: ReadonlyMap<string, PublicationAtom>,
): CellDecision[] {
  const byUnit = new Map<UnitKey, PublicationAtom[]>();
  for (const atom of period.atoms)
    for (const unit of atom.units)
      byUnit
        .set(unit, byUnit.get(unit) ?? [])
        .get(unit)!
        .push(atom);
  const k = Math.max(0, ...period.atoms.map((atom) => atom.minGroupSize));
  const lookUp = (id: string) => atomsById.get(id)!;

  return unitOrder(period.atoms, [...byUnit.keys()]).map((unit): CellDecision => {
    const natural = byUnit.get(unit)!;
    const teamCell = (atom: PublicationAtom) => publishedCellKey(teamUnit(atom.teamId), period.kind, period.label);
    const candidates =
      parseUnit(unit)?.kind === 'team' || period.kind === FINAL_KIND
        ? natural
        : natural.filter(
            (atom) => isEmptyAtom(atom) || patterns.holds(atomId(atom.pulseId, atom.teamId), teamCell(atom)),
          );
    const included = keepableAtoms(candidates, patterns, lookUp, k);
    const key = publishedCellKey(unit, period.kind, period.label);
    const respondents = distinctPersons(included.map(lookUp));
    if (respondents >= k && included.length > 0) {
      patterns.add(key, included);
      const kept = new Set(included);
      const heldBack = natural.some((atom) => !isEmptyAtom(atom) && !kept.has(atomId(atom.pulseId, atom.teamId)));
      const comments =
        period.kind === COMMENT_KIND && parseUnit(unit)?.kind === 'team' && respondents >= period.commentMinGroupSize;
      return { unit, status: 'shown', atoms: included, heldBack, comments };
    }
    return {
      unit,
      status: distinctPersons(natural) < k ? 'too-few' : 'protecting',
      atoms: [],
      heldBack: false,
      comments: false,
    };
  });
}

/** The candidate atoms a new cell may hold without splitting a group below k, or adding unseen atoms of fewer than k. */
function keepableAtoms(
  candidates: readonly PublicationAtom[],
  patterns: AtomPatterns,
  lookUp: (id: string) => PublicationAtom,
  k: number,
): string[] {
  const byPattern = new Map<AtomPattern | undefined, string[]>();
  for (const atom of candidates) {
    const id = atomId(atom.pulseId, atom.teamId);
    const pattern = patterns.pattern(id);
    byPattern
      .set(pattern, byPattern.get(pattern) ?? [])
      .get(pattern)!
      .push(id);
  }
  const enough = (ids: readonly string[], threshold: number) => {
    const atoms = ids.map(lookUp);
    if (atoms.some((atom) => atom.uncountable)) return false;
    const persons = distinctPersons(atoms);
    return persons === 0 || persons >= threshold;
  };
  const threshold = (ids: Iterable<string>) => Math.max(k, ...[...ids].map((id) => lookUp(id).minGroupSize));

  const kept: string[] = [];
  for (const [pattern, inside] of byPattern) {
    if (!pattern) {
      const empty = inside.filter((id) => isEmptyAtom(lookUp(id)));
      const answered = inside.filter((id) => !isEmptyAtom(lookUp(id)));
      kept.push(...empty);
      if (enough(answered, threshold(answered))) kept.push(...answered);
      continue;
    }
    const { members } = pattern;
    const taken = new Set(inside);
    const outside = [...members].filter((id) => !taken.has(id));
    const limit = threshold(members);
    if (outside.length === 0 || (enough(inside, limit) && enough(outside, limit))) kept.push(...inside);
  }
  return kept.sort();
}

/** Teams first, then departments from the deepest up, then the organisation. */
export function unitOrder(atoms: readonly PublicationAtom[], units: UnitKey[]): UnitKey[] {
  // A unit's depth: how far below the organisation it lies (the same in every atom's chain).
  const depthOf = new Map<UnitKey, number>();
  for (const atom of atoms) atom.units.forEach((unit, index) => depthOf.set(unit, atom.units.length - 1 - index));
  const rank = (unit: UnitKey) => (unit === 'org' ? 2 : parseUnit(unit)?.kind === 'team' ? 0 : 1);
  return units.sort((a, b) => rank(a) - rank(b) || (depthOf.get(b) ?? 0) - (depthOf.get(a) ?? 0) || a.localeCompare(b));
}
