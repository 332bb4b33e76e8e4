import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtomPatterns, distinctPersons } from './atom-patterns';

/** The groups as sets of members, with the names of their cells. */
const grouping = (patterns: AtomPatterns, atoms: readonly string[], cells: readonly string[]) =>
  [...patterns.groups()]
    .map(({ members }) => {
      const [some] = members;
      const held = cells.filter((cell) => patterns.holds(some!, cell));
      return `${[...members].sort().join(',')} in ${held.join(',')}`;
    })
    .concat(atoms.filter((atom) => !patterns.pattern(atom)).map((atom) => `${atom} in none`))
    .sort();

const ATOMS = ['a', 'b', 'c', 'd', 'e', 'f'];
const CELLS = ['x', 'y', 'z', 'w'];
// Cells added to random atoms, a cell at times again; each addition kept or undone.
const additions = fc.array(
  fc.record({
    cell: fc.constantFrom(...CELLS),
    atoms: fc.uniqueArray(fc.constantFrom(...ATOMS), { minLength: 1 }),
    undo: fc.boolean(),
  }),
  { maxLength: 8 },
);

describe('atom patterns', () => {
  it('group the atoms by the cells added to them as grouping every membership from nothing does, undone additions left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...CELLS))),
        additions,
        (start, steps) => {
          const patterns = new AtomPatterns(start);
          const memberships = [...start];
          for (const { cell, atoms, undo } of steps) {
            const before = grouping(patterns, ATOMS, CELLS);
            const undoAdd = patterns.add(cell, atoms);
            if (undo) {
              undoAdd();
              expect(grouping(patterns, ATOMS, CELLS)).toEqual(before);
            } else memberships.push(...atoms.map((atom) => [atom, cell] as [string, string]));
          }
          expect(grouping(patterns, ATOMS, CELLS)).toEqual(grouping(new AtomPatterns(memberships), ATOMS, CELLS));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('group atoms given their cells as lists of indexes as they would be from the memberships', () => {
    const names = ['x', 'y', 'z'];
    const patterns = AtomPatterns.ofCellLists(names, [
      ['a', [0, 2]],
      ['b', [0, 2]],
      ['c', [1]],
    ]);
    expect(grouping(patterns, ATOMS, names)).toEqual(
      grouping(
        new AtomPatterns([
          ['a', 'x'],
          ['a', 'z'],
          ['b', 'z'],
          ['b', 'x'],
          ['c', 'y'],
        ]),
        ATOMS,
        names,
      ),
    );
  });
});

describe('distinct persons', () => {
  it('counts each person once over the atoms, whatever was counted before and however large the ids', () => {
    const atom = (persons: number[]) => ({ pulseId: 1, teamId: 1, units: [], persons, minGroupSize: 3 });
    const person = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 300_000 }));
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.array(person, { maxLength: 12 }), { maxLength: 5 }), { maxLength: 6 }),
        (counts) => {
          for (const lists of counts) expect(distinctPersons(lists.map(atom))).toBe(new Set(lists.flat()).size);
        },
      ),
    );
  });
});
