import { AtomPatterns } from './atom-patterns';
import { type PersonMeanTerm, type TermAtom, atomTerms, personMeanTerms } from './person-mean-terms';
import { TermNumbering } from './term-numbering';

/** A shown cell: its score counts sum its atoms' responses, and `means` when it also serves person means. */
export interface ServedCell {
  atoms: readonly TermAtom[];
  means: boolean;
}

export interface ServedTermPatterns {
  /** The terms of everything served, grouped by the exact set of figures that hold them. */
  patterns: AtomPatterns<number>;
  /** Every term of `patterns`, and of each figure `termsOf` has given since. */
  known: Map<number, PersonMeanTerm>;
  /** The person-mean terms of a figure over these atoms, each term the same object wherever it recurs. */
  termsOf: (atoms: readonly TermAtom[]) => PersonMeanTerm[];
}

/**
 * What decidePersonMeanFigures weighs a candidate against: the terms of every figure served, each
 * cell's score counts (one term per response), each partial question figure's (likewise, over the
 * atoms that asked its item) and each person-mean figure, grouped by the figures that hold them.
 *
 * Score counts and question figures hold whole atoms, so every response of an atom is held by the
 * same ones: those are listed once per atom, and only person-mean figures term by term. A team's
 * terms over a set of pulses are the same in every unit that holds them: worked out once. Terms are
 * numbered by `numbering`.
 */
export function servedTermPatterns(
  cells: Iterable<ServedCell>,
  questionFigures: Iterable<readonly TermAtom[]>,
  numbering = new TermNumbering(),
): ServedTermPatterns {
  const known = new Map<number, PersonMeanTerm>();
  const teamTerms = new Map<string, PersonMeanTerm[]>();
  /** The terms of the atoms, team by team. */
  const teamGroups = (atoms: readonly TermAtom[]): PersonMeanTerm[][] => {
    const byTeam = new Map<number, TermAtom[]>();
    for (const atom of atoms) {
      const ofTeam = byTeam.get(atom.teamId);
      if (ofTeam) ofTeam.push(atom);
      else byTeam.set(atom.teamId, [atom]);
    }
    return [...byTeam].map(([teamId, ofTeam]) => {
      const key = `${teamId}:${ofTeam
        .map((atom) => atom.pulseId)
        .sort((a, b) => a - b)
        .join('.')}`;
      let cached = teamTerms.get(key);
      if (!cached) {
        teamTerms.set(key, (cached = personMeanTerms(ofTeam, numbering)));
        for (const term of cached) known.set(term.id, term);
      }
      return cached;
    });
  };
  const termsOf = (atoms: readonly TermAtom[]) => teamGroups(atoms).flat();

  // Figures are named in order, so each list of the figures that hold an atom or a team's terms is ascending.
  const names: string[] = [];
  const name = (kind: string) => names.push(`${kind}${names.length}`) - 1;
  const atomFigures = new Map<TermAtom, number[]>();
  const groupFigures = new Map<PersonMeanTerm[], number[]>();
  const hold = <K, V>(lists: Map<K, V[]>, key: K, value: V) => {
    const held = lists.get(key);
    if (held) held.push(value);
    else lists.set(key, [value]);
  };
  for (const cell of cells) {
    const counts = name('c');
    for (const atom of cell.atoms) hold(atomFigures, atom, counts);
    if (!cell.means) continue;
    const means = name('m');
    for (const group of teamGroups(cell.atoms)) hold(groupFigures, group, means);
  }
  for (const atoms of questionFigures) {
    const question = name('q');
    for (const atom of atoms) hold(atomFigures, atom, question);
  }

  // A term's person-mean figures: those of every team group holding it (no figure has two groups holding it).
  const groupsOf = new Map<number, number[][]>();
  for (const [group, figures] of groupFigures) for (const term of group) hold(groupsOf, term.id, figures);
  const sameOwn = new Map<string, number[]>();
  const ownFigures = (id: number): number[] | undefined => {
    const lists = groupsOf.get(id);
    if (!lists || lists.length === 1) return lists?.[0];
    const own = lists.flat().sort((a, b) => a - b);
    const key = own.join(',');
    return sameOwn.get(key) ?? sameOwn.set(key, own).get(key);
  };

  // Terms of one atom with the same own figures share one list.
  const cellLists: [term: number, cells: readonly number[]][] = [];
  for (const [atom, ofAtom] of atomFigures) {
    const byOwn = new Map<readonly number[], number[]>();
    for (const term of atomTerms(atom, numbering)) {
      known.set(term.id, term);
      const own = ownFigures(term.id);
      if (!own) {
        cellLists.push([term.id, ofAtom]);
        continue;
      }
      groupsOf.delete(term.id);
      let list = byOwn.get(own);
      if (!list) byOwn.set(own, (list = mergeAscending(ofAtom, own)));
      cellLists.push([term.id, list]);
    }
  }
  // The terms left are held by person-mean figures only.
  for (const id of groupsOf.keys()) cellLists.push([id, ownFigures(id)!]);
  return { patterns: AtomPatterns.ofCellLists(names, cellLists), known, termsOf };
}

/** Two ascending lists with no element in common, merged. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    merged.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return merged;
}
