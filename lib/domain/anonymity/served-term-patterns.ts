import { AtomPatterns } from './atom-patterns';
import { type PersonMeanTerm, type TermAtom, personMeanTerms } from './person-mean-terms';

/** A shown cell: its score counts sum its atoms' responses, and `means` when it also serves person means. */
export interface ServedCell {
  atoms: readonly TermAtom[];
  means: boolean;
}

export interface ServedTermPatterns {
  /** The terms of everything served, grouped by the exact set of figures that hold them. */
  patterns: AtomPatterns;
  /** Every term of `patterns`, and of each figure `termsOf` has given since. */
  known: Map<string, PersonMeanTerm>;
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
 * terms over a set of pulses are the same in every unit that holds them: worked out once.
 */
export function servedTermPatterns(
  cells: Iterable<ServedCell>,
  questionFigures: Iterable<readonly TermAtom[]>,
): ServedTermPatterns {
  const known = new Map<string, PersonMeanTerm>();
  const teamTerms = new Map<string, PersonMeanTerm[]>();
  const termsOf = (atoms: readonly TermAtom[]): PersonMeanTerm[] => {
    const byTeam = new Map<number, TermAtom[]>();
    for (const atom of atoms) {
      const ofTeam = byTeam.get(atom.teamId);
      if (ofTeam) ofTeam.push(atom);
      else byTeam.set(atom.teamId, [atom]);
    }
    const terms: PersonMeanTerm[] = [];
    for (const [teamId, ofTeam] of byTeam) {
      const key = `${teamId}:${ofTeam
        .map((atom) => atom.pulseId)
        .sort((a, b) => a - b)
        .join('.')}`;
      let cached = teamTerms.get(key);
      if (!cached) {
        teamTerms.set(key, (cached = personMeanTerms(ofTeam)));
        for (const term of cached) known.set(term.id, term);
      }
      for (const term of cached) terms.push(term);
    }
    return terms;
  };

  // Figures are named in order, so each list of the figures that hold an atom or a term is ascending.
  const names: string[] = [];
  const name = (kind: string) => names.push(`${kind}${names.length}`) - 1;
  const atomFigures = new Map<TermAtom, number[]>();
  const termFigures = new Map<string, number[]>();
  const hold = <K>(figures: Map<K, number[]>, key: K, figure: number) => {
    const held = figures.get(key);
    if (held) held.push(figure);
    else figures.set(key, [figure]);
  };
  for (const cell of cells) {
    const counts = name('c');
    for (const atom of cell.atoms) hold(atomFigures, atom, counts);
    if (!cell.means) continue;
    const means = name('m');
    for (const term of termsOf(cell.atoms)) hold(termFigures, term.id, means);
  }
  for (const atoms of questionFigures) {
    const question = name('q');
    for (const atom of atoms) hold(atomFigures, atom, question);
  }

  // Terms whose atom and own figures are the same share one list (person-mean figures hold few terms each).
  const sameOwn = new Map<string, number[]>();
  const cellLists = new Map<string, readonly number[]>();
  for (const [atom, ofAtom] of atomFigures) {
    const byOwn = new Map<readonly number[], number[]>();
    for (const term of personMeanTerms([atom])) {
      known.set(term.id, term);
      const own = termFigures.get(term.id);
      if (!own) {
        cellLists.set(term.id, ofAtom);
        continue;
      }
      const ownKey = own.join(',');
      const shared = sameOwn.get(ownKey) ?? sameOwn.set(ownKey, own).get(ownKey)!;
      let list = byOwn.get(shared);
      if (!list) byOwn.set(shared, (list = mergeAscending(ofAtom, shared)));
      cellLists.set(term.id, list);
    }
  }
  for (const [id, own] of termFigures) if (!cellLists.has(id)) cellLists.set(id, own);
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
