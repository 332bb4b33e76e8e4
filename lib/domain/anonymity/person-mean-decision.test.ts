import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtomPatterns } from './atom-patterns';
import {
  type PersonMeanFigure,
  type PersonMeanTerm,
  type TermAtom,
  decidePersonMeanFigures,
  personMeanTerms,
} from './person-mean-terms';
import { TermNumbering } from './term-numbering';

interface Group {
  cells: Set<string>;
  members: number[];
  robust: boolean;
}

/** The terms grouped by the exact set of figures holding them, weighed from nothing. */
function groupsOf(memberships: readonly (readonly [number, string])[], known: ReadonlyMap<number, PersonMeanTerm>) {
  const cellsOf = new Map<number, string[]>();
  for (const [term, cell] of memberships) cellsOf.set(term, [...(cellsOf.get(term) ?? []), cell]);
  const groups = new Map<string, Group>();
  for (const [term, cells] of cellsOf) {
    const key = [...new Set(cells)].sort().join('\n');
    const group = groups.get(key) ?? { cells: new Set(cells), members: [], robust: false };
    group.members.push(term);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const terms = group.members.map((id) => known.get(id)!);
    const threshold = Math.max(3, ...terms.map((term) => term.minGroupSize));
    group.robust = new Set(terms.map((term) => term.person)).size >= threshold;
  }
  return groups;
}

function exactlyCovered(remaining: Set<string>, robust: readonly Group[]): boolean {
  const [first] = remaining;
  if (first === undefined) return true;
  return robust.some((group) => {
    if (!group.cells.has(first) || ![...group.cells].every((cell) => remaining.has(cell))) return false;
    return exactlyCovered(new Set([...remaining].filter((cell) => !group.cells.has(cell))), robust);
  });
}

/** Keys of the fragile groups that are no disjoint union of robust ones, with their members. */
function uncoveredGroups(
  memberships: readonly (readonly [number, string])[],
  known: ReadonlyMap<number, PersonMeanTerm>,
) {
  const groups = groupsOf(memberships, known);
  const robust = [...groups.values()].filter((group) => group.robust);
  return new Map(
    [...groups]
      .filter(([, group]) => !group.robust && !exactlyCovered(new Set(group.cells), robust))
      .map(([key, group]) => [key, group.members.sort().join(',')] as const),
  );
}

/**
 * The rule of decidePersonMeanFigures recomputed from nothing for every candidate: publish when every
 * fragile group is a disjoint union of robust ones, or was not before any candidate. Also counts the
 * refusals that came from a group the candidate did not touch (same cells, same members).
 */
function decideFromScratch(
  candidates: readonly PersonMeanFigure[],
  served: readonly (readonly [number, string])[],
  known: ReadonlyMap<number, PersonMeanTerm>,
) {
  const excused = new Set(uncoveredGroups(served, known).keys());
  let held = [...served];
  const published: string[] = [];
  let refusedForUntouched = 0;
  for (const figure of candidates) {
    if (figure.terms.length === 0) continue;
    const trial = [...held, ...figure.terms.map((term) => [term.id, figure.key] as const)];
    const uncovered = [...uncoveredGroups(trial, known)].filter(([key]) => !excused.has(key));
    if (uncovered.length === 0) {
      published.push(figure.key);
      held = trial;
      continue;
    }
    const before = groupsOf(held, known);
    if (uncovered.some(([key, members]) => before.get(key)?.members.sort().join(',') === members))
      refusedForUntouched++;
  }
  return { published, refusedForUntouched };
}

const PEOPLE = 9;
const atomsArbitrary = fc.uniqueArray(
  fc.record({
    pulseId: fc.integer({ min: 1, max: 4 }),
    teamId: fc.integer({ min: 1, max: 2 }),
    persons: fc.uniqueArray(fc.integer({ min: 1, max: PEOPLE }), { maxLength: PEOPLE }),
    minGroupSize: fc.integer({ min: 3, max: 4 }),
  }),
  { minLength: 1, maxLength: 5, selector: (atom) => `${atom.pulseId}|${atom.teamId}` },
);
const figuresArbitrary = (kind: string) =>
  fc.array(atomsArbitrary, { maxLength: 6 }).map((figures) =>
    figures.map((atoms: TermAtom[], index) => {
      // Within a pulse a person answers once, in one team.
      const seen = new Set<string>();
      const disjoint = atoms.map((atom) => ({
        ...atom,
        persons: atom.persons.filter(
          (person) => !seen.has(`${atom.pulseId}|${person}`) && seen.add(`${atom.pulseId}|${person}`),
        ),
      }));
      return { key: `${kind}${index}`, atoms: disjoint };
    }),
  );

describe('the person-mean decision, against the rule recomputed from nothing', () => {
  it('publishes exactly the same figures over random served figures and candidates', () => {
    let refusedForUntouched = 0;
    fc.assert(
      fc.property(
        figuresArbitrary('served'),
        fc.boolean(),
        figuresArbitrary('candidate'),
        (served, perResponse, raw) => {
          const numbering = new TermNumbering();
          const servedTerms = served.map(({ key, atoms }) => ({
            key,
            // Cells' counts hold one term per response; person-mean figures one per person and team.
            terms: perResponse
              ? atoms.flatMap((atom) => personMeanTerms([atom], numbering))
              : personMeanTerms(atoms, numbering),
          }));
          const candidates = raw
            .map(({ key, atoms }) => ({ key, terms: personMeanTerms(atoms, numbering) }))
            .sort((a, b) => a.terms.length - b.terms.length || a.key.localeCompare(b.key));
          const known = new Map(
            [...servedTerms, ...candidates].flatMap(({ terms }) => terms.map((term) => [term.id, term] as const)),
          );
          const memberships = servedTerms.flatMap(({ key, terms }) => terms.map((term) => [term.id, key] as const));
          const oracle = decideFromScratch(candidates, memberships, known);
          refusedForUntouched += oracle.refusedForUntouched;
          const decided = decidePersonMeanFigures(candidates, new AtomPatterns(memberships), known, 3);
          expect([...decided]).toEqual(oracle.published);
        },
      ),
      { numRuns: 400, seed: 20261206 },
    );
    // The case an incremental check most easily misses was reached.
    expect(refusedForUntouched).toBeGreaterThan(0);
  });
});
