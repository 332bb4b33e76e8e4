import { describe, expect, it } from 'vitest';
import { AtomPatterns } from './atom-patterns';
import {
  type PersonMeanFigure,
  type PersonMeanTerm,
  type TermAtom,
  atomTerms,
  decidePersonMeanFigures,
  personMeanTerms,
} from './person-mean-terms';
import { TermNumbering } from './term-numbering';

const atom = (pulseId: number, teamId: number, persons: number[], minGroupSize = 3): TermAtom => ({
  pulseId,
  teamId,
  persons,
  minGroupSize,
});
const numbering = new TermNumbering();
const figure = (key: string, ...atoms: TermAtom[]): PersonMeanFigure => ({
  key,
  terms: personMeanTerms(atoms, numbering),
});

/** Decides the figures in order from nothing published, with k = 3; returns the keys published. */
function decide(...figures: PersonMeanFigure[]): string[] {
  const known = new Map<number, PersonMeanTerm>(
    figures.flatMap((candidate) => candidate.terms.map((term) => [term.id, term] as const)),
  );
  return [...decidePersonMeanFigures(figures, new AtomPatterns<number>(), known, 3)];
}

describe('person-mean terms', () => {
  it('are one per person and team, over the pulses the pair answered', () => {
    const terms = personMeanTerms([atom(8, 1, [1, 2]), atom(9, 1, [2, 3]), atom(9, 2, [1], 5)], numbering);
    const expected = [
      numbering.of(1, 1, [8]),
      numbering.of(1, 2, [9]),
      numbering.of(2, 1, [8, 9]),
      numbering.of(3, 1, [9]),
    ];
    expect(new Set(expected).size).toBe(4);
    expect(terms.map((term) => term.id).sort()).toEqual(expected.sort());
    expect(terms.find((term) => term.id === numbering.of(1, 2, [9]))!.minGroupSize).toBe(5);
  });

  it('of one atom on its own are what the general rule gives it', () => {
    const one = atom(12, 4, [7, 3, 9], 6);
    expect(atomTerms(one, numbering)).toEqual(personMeanTerms([one], numbering));
    expect(atomTerms(one, numbering).map((term) => term.id)).toEqual(
      [7, 3, 9].map((person) => numbering.of(person, 4, [12])),
    );
  });
});

describe('which person-mean figures are published', () => {
  // Persons 1–3 answer week 8, persons 3–5 week 9: only person 3 answered both.
  const week8 = atom(8, 1, [1, 2, 3]);
  const week9 = atom(9, 1, [3, 4, 5]);

  it('refuses a month whose weeks are published when fewer than k people answered more than one week: the month minus its weeks would be theirs', () => {
    expect(decide(figure('week 8', week8), figure('week 9', week9), figure('month', week8, week9))).toEqual([
      'week 8',
      'week 9',
    ]);
  });

  it('publishes that month when no week is, and a second figure over the same answers', () => {
    expect(decide(figure('month', week8, week9), figure('department month', week8, week9))).toEqual([
      'month',
      'department month',
    ]);
  });

  it('publishes a month whose weeks are when at least k people answered several weeks, and not when fewer did', () => {
    const weeks = [atom(8, 1, [1, 2, 3, 4, 5, 6]), atom(9, 1, [1, 2, 3, 4, 5, 6]), atom(10, 1, [1, 2, 3, 7, 8, 9])];
    expect(decide(...weeks.map((week, index) => figure(`week ${index}`, week)), figure('month', ...weeks))).toContain(
      'month',
    );
    // Person 4 answered week 8 only, person 5 week 9 only: no combination singles them out, as the
    // people who answered both weeks weigh with them whatever the coefficients.
    const alone = [atom(8, 1, [1, 2, 3, 4]), atom(9, 1, [1, 2, 3, 5])];
    expect(decide(...alone.map((week, index) => figure(`week ${index}`, week)), figure('month', ...alone))).toContain(
      'month',
    );
    const fewTwice = [atom(8, 1, [1, 2, 3, 4]), atom(9, 1, [1, 2, 5, 6])];
    expect(
      decide(...fewTwice.map((week, index) => figure(`week ${index}`, week)), figure('month', ...fewTwice)),
    ).not.toContain('month');
  });

  it('refuses a figure of fewer than k people, and one that takes part of a group and leaves fewer than k', () => {
    expect(decide(figure('two', atom(8, 1, [1, 2])))).toEqual([]);
    expect(decide(figure('all', atom(8, 1, [1, 2, 3, 4, 5])), figure('part', atom(8, 1, [1, 2, 3, 4])))).toEqual([
      'all',
    ]);
    expect(decide(figure('all', atom(8, 1, [1, 2, 3, 4, 5, 6])), figure('half', atom(8, 1, [1, 2, 3])))).toEqual([
      'all',
      'half',
    ]);
  });

  it('takes the largest threshold of the pulses a group spans', () => {
    expect(decide(figure('strict', atom(8, 1, [1, 2, 3, 4], 5)))).toEqual([]);
    expect(decide(figure('strict', atom(8, 1, [1, 2, 3, 4, 5], 5)))).toEqual(['strict']);
  });
});
