import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermNumbering } from './term-numbering';

// A term: a person in a team over some pulses (ascending, distinct).
const term = fc.record({
  person: fc.integer({ min: 1, max: 6 }),
  teamId: fc.integer({ min: 1, max: 3 }),
  pulses: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }).map((p) => p.sort()),
});
const name = ({ person, teamId, pulses }: { person: number; teamId: number; pulses: number[] }) =>
  `${person}|${teamId}|${pulses.join('.')}`;

describe('term numbering', () => {
  it('gives the same term the same number and different terms different numbers, by atom or by pulses', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(term, fc.boolean()), { maxLength: 40 }), (terms) => {
        const numbering = new TermNumbering();
        const numberOf = new Map<string, number>();
        for (const [each, byAtom] of terms) {
          const number =
            byAtom && each.pulses.length === 1
              ? numbering.ofAtom(each.pulses[0]!, each.teamId)(each.person)
              : numbering.of(each.person, each.teamId, each.pulses);
          expect(numberOf.get(name(each)) ?? number).toBe(number);
          numberOf.set(name(each), number);
        }
        expect(new Set(numberOf.values()).size).toBe(numberOf.size);
      }),
      { numRuns: 300 },
    );
  });
});
