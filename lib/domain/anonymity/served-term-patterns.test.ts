import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtomPatterns } from './atom-patterns';
import { type TermAtom, personMeanTerms } from './person-mean-terms';
import { type ServedCell, servedTermPatterns } from './served-term-patterns';
import { TermNumbering } from './term-numbering';

/** Every term of every figure, membership by membership, as publication listed them before grouping by atom. */
function termByTerm(
  cells: readonly ServedCell[],
  questionFigures: readonly (readonly TermAtom[])[],
  numbering: TermNumbering,
) {
  const memberships: [number, string][] = [];
  const hold = (terms: readonly { id: number }[], figure: string) => {
    for (const term of terms) memberships.push([term.id, figure]);
  };
  cells.forEach((cell, index) => {
    for (const atom of cell.atoms) hold(personMeanTerms([atom], numbering), `c${index}`);
    if (cell.means) hold(personMeanTerms(cell.atoms, numbering), `m${index}`);
  });
  questionFigures.forEach((atoms, index) => {
    for (const atom of atoms) hold(personMeanTerms([atom], numbering), `q${index}`);
  });
  return new AtomPatterns(memberships);
}

/** The groups as sets of members: the names figures are given do not matter, only who is grouped with whom. */
const grouping = (patterns: AtomPatterns<number>) =>
  [...patterns.groups()].map(({ members }) => [...members].sort().join(',')).sort();

// Atoms of a few pulses and teams, answered by overlapping people, and figures over random sets of them.
const history = fc
  .record({
    atoms: fc.uniqueArray(
      fc.record({
        pulseId: fc.integer({ min: 1, max: 4 }),
        teamId: fc.integer({ min: 1, max: 3 }),
        persons: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 6 }),
        minGroupSize: fc.integer({ min: 3, max: 5 }),
      }),
      { minLength: 1, maxLength: 10, selector: (atom) => `${atom.pulseId}|${atom.teamId}` },
    ),
    cells: fc.array(fc.record({ picks: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), means: fc.boolean() }), {
      maxLength: 8,
    }),
    questions: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
  })
  .map(({ atoms, cells, questions }) => {
    const pick = (picks: readonly number[]) => [...new Set(picks.map((at) => atoms[at % atoms.length]!))];
    return {
      cells: cells.map(({ picks, means }) => ({ atoms: pick(picks), means })),
      questions: questions.map(pick),
    };
  });

describe('the terms of everything served, grouped by the figures that hold them', () => {
  it('group as the memberships listed term by term do, and know every term of every figure', () => {
    fc.assert(
      fc.property(history, ({ cells, questions }) => {
        const numbering = new TermNumbering();
        const served = servedTermPatterns(cells, questions, numbering);
        expect(grouping(served.patterns)).toEqual(grouping(termByTerm(cells, questions, numbering)));
        for (const cell of cells) {
          const terms = served.termsOf(cell.atoms);
          expect(terms.map((term) => term.id).sort()).toEqual(
            personMeanTerms(cell.atoms, numbering)
              .map((term) => term.id)
              .sort(),
          );
          for (const term of terms) expect(served.known.get(term.id)).toEqual(term);
        }
      }),
      { numRuns: 400 },
    );
  });
});
