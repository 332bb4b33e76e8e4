import type { Atom } from './random-organisation';

/** A shown figure as the attacker sees it: which (team, pulse) pieces it sums over. */
export interface ShownFigure {
  name: string;
  atoms: ReadonlySet<string>;
}

export const atomKey = (teamId: number, pulseId: number) => `${teamId}|${pulseId}`;

function respondentsOf(keys: Iterable<string>, atomsByKey: ReadonlyMap<string, Atom>): number {
  const persons = new Set<number>();
  for (const key of keys) for (const person of atomsByKey.get(key)?.persons ?? []) persons.add(person);
  return persons.size;
}

const isSubset = (inner: ReadonlySet<string>, outer: ReadonlySet<string>) => inner.size < outer.size && [...inner].every((key) => outer.has(key));

/**
 * Tries to isolate a group of 1 to k-1 respondents from the shown figures, and returns a
 * description of every group it manages to isolate (empty when the figures are safe).
 *
 * 1. Subtraction, as a person with a spreadsheet would do it: a figure minus one figure inside
 *    it, and a figure minus as many disjoint figures inside it as fit (largest first, and
 *    smallest first).
 * 2. Every linear combination at once: a sum or difference of figures gives every piece of one
 *    column class (pieces that lie in exactly the same figures) the same weight, so what any
 *    combination can isolate is a union of whole classes. If every class that appears in some
 *    figure has none or at least k respondents, no combination can isolate fewer than k people.
 */
export function findIsolatedSmallGroups(figures: ShownFigure[], atoms: Atom[], k: number): string[] {
  const atomsByKey = new Map(atoms.map((atom) => [atomKey(atom.teamId, atom.pulseId), atom]));
  const found: string[] = [];
  const report = (description: string, keys: Iterable<string>) => {
    const respondents = respondentsOf(keys, atomsByKey);
    if (respondents > 0 && respondents < k) found.push(`${description}: ${respondents} respondents`);
  };

  for (const outer of figures) {
    const inside = figures.filter((figure) => isSubset(figure.atoms, outer.atoms));
    for (const inner of inside) report(`${outer.name} − ${inner.name}`, [...outer.atoms].filter((key) => !inner.atoms.has(key)));
    for (const order of [1, -1]) {
      const left = new Set(outer.atoms);
      const taken: string[] = [];
      for (const inner of [...inside].sort((a, b) => order * (b.atoms.size - a.atoms.size))) {
        if ([...inner.atoms].every((key) => left.has(key))) {
          inner.atoms.forEach((key) => left.delete(key));
          taken.push(inner.name);
        }
      }
      if (taken.length > 0) report(`${outer.name} − (${taken.join(' + ')})`, left);
    }
  }

  const classes = new Map<string, string[]>();
  for (const key of atomsByKey.keys()) {
    const column = figures.map((figure) => (figure.atoms.has(key) ? '1' : '0')).join('');
    if (column.includes('1')) classes.set(column, [...(classes.get(column) ?? []), key]);
  }
  for (const members of classes.values()) report(`pieces ${members.join(', ')} always shown together`, members);
  return found;
}
