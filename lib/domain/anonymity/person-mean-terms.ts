import type { AtomPattern, AtomPatterns } from './atom-patterns';
import type { TermNumbering } from './term-numbering';

/**
 * A published person-mean figure (a cell's count, sum and sum of squares of person means) is a sum
 * over terms: one per (person, team) in the cell, the mean of that person's answers to the cell's
 * pulses of that team. Two figures hold the same term only when it is the same person and team over
 * the same answered pulses: then the real sums cancel it exactly, and any other pair of terms they
 * do not. A person who answered week 8 only has the same term in week 8 and in its month; one who
 * answered weeks 8 and 9 has three different terms, so the month minus its weeks isolates them.
 */
export interface PersonMeanTerm {
  /** Its number in the TermNumbering that made it. */
  id: number;
  person: number;
  /** The largest minimum group size of the pulses it spans. */
  minGroupSize: number;
}

export interface PersonMeanFigure {
  /** The cell's key (publishedCellKey). */
  key: string;
  terms: readonly PersonMeanTerm[];
}

export interface TermAtom {
  pulseId: number;
  teamId: number;
  persons: readonly number[];
  minGroupSize: number;
}

/** The terms of a figure over these atoms. */
export function personMeanTerms(atoms: readonly TermAtom[], numbering: TermNumbering): PersonMeanTerm[] {
  const pairs: { person: number; teamId: number; pulses: number[]; minGroupSize: number }[] = [];
  const byTeam = new Map<number, Map<number, (typeof pairs)[number]>>();
  for (const atom of atoms) {
    const ofTeam = byTeam.get(atom.teamId) ?? byTeam.set(atom.teamId, new Map()).get(atom.teamId)!;
    for (const person of atom.persons) {
      let pair = ofTeam.get(person);
      if (!pair) {
        ofTeam.set(person, (pair = { person, teamId: atom.teamId, pulses: [], minGroupSize: 0 }));
        pairs.push(pair);
      }
      pair.pulses.push(atom.pulseId);
      pair.minGroupSize = Math.max(pair.minGroupSize, atom.minGroupSize);
    }
  }
  return pairs.map(({ person, teamId, pulses, minGroupSize }) => ({
    id: numbering.of(
      person,
      teamId,
      pulses.sort((a, b) => a - b),
    ),
    person,
    minGroupSize,
  }));
}

/** The terms of one atom on its own (its persons are distinct: one response each), as personMeanTerms([atom]) gives them. */
export function atomTerms(
  { pulseId, teamId, persons, minGroupSize }: TermAtom,
  numbering: TermNumbering,
): PersonMeanTerm[] {
  const numberOf = numbering.ofAtom(pulseId, teamId);
  return persons.map((person) => ({ id: numberOf(person), person, minGroupSize }));
}

/**
 * Decides, in order, which candidate figures publish their person means, adding each one published
 * to `patterns`: the terms of every figure served before (every shown cell's score counts, one term
 * per response, and every person-mean figure), grouped by the exact set of figures that hold them.
 *
 * A linear combination of figures gives every term of one pattern the same weight, the sum of its
 * figures' coefficients. A pattern held by at least k people can only get a non-zero weight together
 * with all of them. So if every pattern held by fewer than k people is a disjoint union of patterns
 * held by at least k, no combination isolates anyone without isolating at least k people: a figure is
 * published only when that stays true. (Which patterns a figure splits is all that changes.)
 * `known` must hold every term of `patterns` and of the candidates.
 */
export function decidePersonMeanFigures(
  candidates: readonly PersonMeanFigure[],
  patterns: AtomPatterns<number>,
  known: ReadonlyMap<number, PersonMeanTerm>,
  k: number,
): Set<string> {
  const book = new PatternBook(patterns, known, k);
  // What was served before is not this decision's to change: patterns it already leaves uncovered
  // (only where answers it counted are gone) are not held against a candidate.
  const uncovered = new Set([...book.fragile].filter((pattern) => !book.covered(pattern)));
  const published = new Set<string>();
  for (const figure of candidates) {
    if (figure.terms.length === 0) continue;
    const ids = figure.terms.map((term) => term.id);
    const before = ids.map((id) => patterns.pattern(id));
    const undo = patterns.add(figure.key, ids);
    const touched = new Set([...before, ...ids.map((id) => patterns.pattern(id))]);
    const { lostRobust, fragile } = book.refresh(touched);
    const toCheck = book.fragileAfter(lostRobust, fragile);
    if ([...toCheck].every((pattern) => uncovered.has(pattern) || book.covered(pattern))) {
      published.add(figure.key);
      continue;
    }
    undo();
    book.refresh(touched);
  }
  return published;
}

type Weight = 'robust' | 'fragile' | undefined;
type TermPattern = AtomPattern<number>;

/**
 * Which patterns at least k people hold (robust) and which fewer (fragile), the fragile ones indexed
 * by cell and the robust ones by their first cell. A pattern's cells never change, only its members: a robust pattern that stays robust still covers
 * whatever it covered.
 */
class PatternBook {
  readonly fragile = new Set<TermPattern>();
  private readonly robust = new Set<TermPattern>();
  /** Each robust pattern under its first cell: all a cover needs (see cover). */
  private readonly robustByFirstCell = new Map<number, Set<TermPattern>>();
  private readonly fragileByCell = new Map<number, Set<TermPattern>>();
  private readonly highestThreshold: number;

  constructor(
    patterns: AtomPatterns<number>,
    private readonly known: ReadonlyMap<number, PersonMeanTerm>,
    private readonly k: number,
  ) {
    this.highestThreshold = k;
    for (const term of known.values()) this.highestThreshold = Math.max(this.highestThreshold, term.minGroupSize);
    for (const pattern of patterns.groups()) this.place(pattern, this.weigh(pattern));
  }

  /** Re-weighs the patterns given; which were robust and are no longer, and which are now fragile. */
  refresh(patterns: Iterable<TermPattern | undefined>): { lostRobust: TermPattern[]; fragile: TermPattern[] } {
    const lostRobust: TermPattern[] = [];
    const fragile: TermPattern[] = [];
    for (const pattern of patterns) {
      if (!pattern) continue;
      const before = this.robust.has(pattern) ? 'robust' : this.fragile.has(pattern) ? 'fragile' : undefined;
      const after = this.weigh(pattern);
      if (after !== before) {
        this.unplace(pattern);
        this.place(pattern, after);
      }
      if (before === 'robust' && after !== 'robust') lostRobust.push(pattern);
      if (after === 'fragile') fragile.push(pattern);
    }
    return { lostRobust, fragile };
  }

  /**
   * The fragile patterns a change may have left uncovered: those it touched, and those holding every
   * cell of a pattern it took out of the robust ones (only those could have been covered with it).
   */
  fragileAfter(lostRobust: readonly TermPattern[], touched: readonly TermPattern[]): Set<TermPattern> {
    const affected = new Set(touched);
    for (const lost of lostRobust) {
      const holders = lost.cells
        .map((cell) => this.fragileByCell.get(cell) ?? new Set<TermPattern>())
        .reduce((fewest, each) => (each.size < fewest.size ? each : fewest));
      for (const pattern of holders) if (holdsAll(pattern.cells, lost.cells)) affected.add(pattern);
    }
    return affected;
  }

  /** Whether a fragile pattern is a disjoint union of robust ones. */
  covered(pattern: TermPattern): boolean {
    return this.cover(pattern.cells, new Set(pattern.cells));
  }

  /**
   * Whether the remaining ones of `cells` (ascending) are a disjoint union of robust patterns. One of
   * those holds the first remaining cell and no earlier one: that cell is its first.
   */
  private cover(cells: readonly number[], remaining: Set<number>): boolean {
    const first = cells.find((cell) => remaining.has(cell));
    if (first === undefined) return true;
    for (const robust of this.robustByFirstCell.get(first) ?? []) {
      const taken = robust.cells;
      if (taken.length > remaining.size || !taken.every((cell) => remaining.has(cell))) continue;
      taken.forEach((cell) => remaining.delete(cell));
      const done = this.cover(cells, remaining);
      taken.forEach((cell) => remaining.add(cell));
      if (done) return true;
    }
    return false;
  }

  private place(pattern: TermPattern, weight: Weight): void {
    if (!weight) return;
    if (weight === 'robust') {
      this.robust.add(pattern);
      const first = pattern.cells[0]!;
      this.robustByFirstCell.set(first, (this.robustByFirstCell.get(first) ?? new Set()).add(pattern));
      return;
    }
    this.fragile.add(pattern);
    for (const cell of pattern.cells)
      this.fragileByCell.set(cell, (this.fragileByCell.get(cell) ?? new Set()).add(pattern));
  }

  /**
   * Robust when at least k people hold its terms, and at least the largest minimum group size among
   * them; none without members.
   */
  private weigh({ members }: TermPattern): Weight {
    if (members.size === 0) return undefined;
    let threshold = this.k;
    const persons = new Set<number>();
    for (const id of members) {
      const term = this.known.get(id)!;
      threshold = Math.max(threshold, term.minGroupSize);
      persons.add(term.person);
      // No term asks for more: the rest cannot change the answer.
      if (persons.size >= this.highestThreshold) return 'robust';
    }
    return persons.size >= threshold ? 'robust' : 'fragile';
  }

  private unplace(pattern: TermPattern): void {
    if (this.robust.delete(pattern)) this.robustByFirstCell.get(pattern.cells[0]!)?.delete(pattern);
    else if (this.fragile.delete(pattern))
      for (const cell of pattern.cells) this.fragileByCell.get(cell)?.delete(pattern);
  }
}

/** Whether ascending `cells` hold every one of ascending `some`. */
function holdsAll(cells: readonly number[], some: readonly number[]): boolean {
  let at = 0;
  for (const cell of some) {
    while (at < cells.length && cells[at]! < cell) at++;
    if (cells[at] !== cell) return false;
  }
  return true;
}
