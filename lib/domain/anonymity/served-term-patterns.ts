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
 * Figures are named by short ids: a pattern key joins the names of every figure that holds a term.
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

  const atomNames = new Map<TermAtom, string[]>();
  const termNames = new Map<string, string[]>();
  const hold = <K>(names: Map<K, string[]>, key: K, name: string) => {
    const held = names.get(key);
    if (held) held.push(name);
    else names.set(key, [name]);
  };
  let named = 0;
  for (const cell of cells) {
    const countsName = `c${named++}`;
    for (const atom of cell.atoms) hold(atomNames, atom, countsName);
    if (!cell.means) continue;
    const meansName = `m${named++}`;
    for (const term of termsOf(cell.atoms)) hold(termNames, term.id, meansName);
  }
  for (const atoms of questionFigures) {
    const questionName = `q${named++}`;
    for (const atom of atoms) hold(atomNames, atom, questionName);
  }

  const cellLists = new Map<string, readonly string[]>();
  for (const [atom, names] of atomNames) {
    names.sort();
    for (const term of personMeanTerms([atom])) {
      known.set(term.id, term);
      const own = termNames.get(term.id);
      cellLists.set(term.id, own ? [...names, ...own].sort() : names);
    }
  }
  for (const [id, names] of termNames) if (!cellLists.has(id)) cellLists.set(id, names.sort());
  return { patterns: AtomPatterns.ofCellLists(cellLists), known, termsOf };
}
