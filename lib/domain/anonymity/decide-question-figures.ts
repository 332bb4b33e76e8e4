import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { type AtomPattern, type AtomPatterns, type PublicationAtom, distinctPersons } from './atom-patterns';
import { publishedCellKey } from './decide-period-cells';

/** A shown cell and the atoms its published figure sums over. */
export interface ShownCell {
  unit: UnitKey;
  atoms: readonly string[];
}

export interface QuestionFigureDecision {
  unit: UnitKey;
  itemId: number;
  /** The atoms of the cell whose pulse asked the item: what the figure sums over. */
  atoms: string[];
  /** Fewer atoms than the cell's: a group of its own in every later decision. */
  partial: boolean;
}

/** The key of a question figure among the published cells of `AtomPatterns`. */
export const questionFigureKey = (cellKey: string, itemId: number) => `${cellKey}#${itemId}`;

/**
 * Decides the question figures of a period's shown cells, in the order the cells were decided, and
 * adds each partial one to `patterns`, as a published cell over exactly the atoms that asked the item.
 *
 * Items rotate, so a cell's figure for an item sums only the atoms whose pulse asked it: fewer people,
 * possibly, than the cell. A figure is published only when adding it keeps every group it splits at
 * none or at least k distinct people on both sides; all of its atoms or none. Every group it can split
 * lies inside its cell (it holds the cell's key), so a check costs the cell's atoms, not all patterns.
 * A figure over all the cell's atoms splits nothing: it is published and needs no pattern of its own.
 * `itemsOf` gives the items an atom's pulse asked, or undefined when its item counts could not be
 * frozen; a cell holding such an atom gets no question figures.
 */
export function decideQuestionFigures(
  period: { kind: PeriodKind; label: string; atoms: readonly PublicationAtom[] },
  cells: readonly ShownCell[],
  patterns: AtomPatterns,
  atomsById: ReadonlyMap<string, PublicationAtom>,
  itemsOf: (atom: string) => readonly number[] | undefined,
): QuestionFigureDecision[] {
  const k = Math.max(0, ...period.atoms.map((atom) => atom.minGroupSize));
  const lookUp = (id: string) => atomsById.get(id)!;
  const enough = (ids: readonly string[], threshold: number) => {
    const atoms = ids.map(lookUp);
    if (atoms.some((atom) => atom.uncountable)) return false;
    const persons = distinctPersons(atoms);
    return persons === 0 || persons >= threshold;
  };

  const decisions: QuestionFigureDecision[] = [];
  for (const cell of cells) {
    const itemLists = cell.atoms.map(itemsOf);
    if (itemLists.some((items) => items === undefined)) continue;
    const askedBy = new Map<number, string[]>();
    cell.atoms.forEach((id, index) => {
      for (const item of itemLists[index]!)
        askedBy
          .set(item, askedBy.get(item) ?? [])
          .get(item)!
          .push(id);
    });
    const cellKey = publishedCellKey(cell.unit, period.kind, period.label);
    for (const [itemId, asked] of [...askedBy].sort(([a], [b]) => a - b)) {
      if (asked.every((id) => lookUp(id).persons.length === 0)) continue;
      const partial = asked.length < cell.atoms.length;
      if (partial) {
        if (!splitsSafely(asked, patterns, lookUp, enough, k)) continue;
        patterns.add(questionFigureKey(cellKey, itemId), asked);
      }
      decisions.push({ unit: cell.unit, itemId, atoms: [...asked].sort(), partial });
    }
  }
  return decisions;
}

/** Whether every group holding some of `inside` keeps none or at least its threshold on both sides. */
function splitsSafely(
  inside: readonly string[],
  patterns: AtomPatterns,
  lookUp: (id: string) => PublicationAtom,
  enough: (ids: readonly string[], threshold: number) => boolean,
  k: number,
): boolean {
  const byPattern = new Map<AtomPattern | undefined, string[]>();
  for (const id of inside) {
    const pattern = patterns.pattern(id);
    byPattern
      .set(pattern, byPattern.get(pattern) ?? [])
      .get(pattern)!
      .push(id);
  }
  for (const [pattern, part] of byPattern) {
    if (!pattern) continue;
    const { members } = pattern;
    const taken = new Set(part);
    const rest = [...members].filter((id) => !taken.has(id));
    if (rest.length === 0) continue;
    let limit = k;
    for (const id of members) limit = Math.max(limit, lookUp(id).minGroupSize);
    if (!enough(part, limit) || !enough(rest, limit)) return false;
  }
  return true;
}
