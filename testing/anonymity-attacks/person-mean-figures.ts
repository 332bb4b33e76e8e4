import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import { AtomPatterns } from '@/lib/domain/anonymity/atom-patterns';
import { publishedCellKey } from '@/lib/domain/anonymity/decide-period-cells';
import {
  type PersonMeanTerm,
  type TermAtom,
  type decidePersonMeanFigures,
  personMeanTerms,
} from '@/lib/domain/anonymity/person-mean-terms';
import { TermNumbering } from '@/lib/domain/anonymity/term-numbering';
import type { HistoryState, PersonMeanSums, PublishedCell } from './history-state';

/** Which candidate figures publish their person means: the server's rule, or in a test another. */
export type PersonMeanDecision = typeof decidePersonMeanFigures;

const keyOf = (cell: PublishedCell) => publishedCellKey(cell.unit, cell.kind, cell.label);

/**
 * Fills the person means of the cells one publication run decided, as the server does
 * (lib/queries/publication/fill-person-means.ts): months, then quarters, each kind by label; weeks never
 * get any.
 */
export function fillPersonMeans(
  state: HistoryState,
  cells: readonly PublishedCell[],
  decide: PersonMeanDecision,
): void {
  const periods = new Map<string, PublishedCell[]>();
  for (const cell of cells.filter((cell) => cell.kind !== 'week'))
    periods.set(`${cell.kind}|${cell.label}`, [...(periods.get(`${cell.kind}|${cell.label}`) ?? []), cell]);
  const order = [...periods.values()].sort(
    ([a], [b]) => PERIOD_KINDS.indexOf(a!.kind) - PERIOD_KINDS.indexOf(b!.kind) || a!.label.localeCompare(b!.label),
  );
  for (const period of order) fillPeriod(state, period, decide);
}

/**
 * The server's decision for one period, weighed against every shown cell's counts (one term per
 * response), its question figures (the same, over the atoms that asked the item) and every person-mean figure published before, with the atoms' people as they can be
 * read now. Its candidates are its cells that share no atom with a shown cell holding an atom whose
 * answers are gone, fewest terms first.
 */
function fillPeriod(state: HistoryState, cells: readonly PublishedCell[], decide: PersonMeanDecision): void {
  const atomsOf = (cell: PublishedCell) => cell.figures[0]!.atoms.map((id) => state.frozenAtoms.get(id)!);
  const numbering = new TermNumbering();
  const termsOf = (atoms: readonly TermAtom[]) => personMeanTerms(atoms, numbering);
  const known = new Map<number, PersonMeanTerm>();
  const patterns = new AtomPatterns<number>();
  const serve = (key: string, terms: readonly PersonMeanTerm[]) => {
    for (const term of terms) known.set(term.id, term);
    patterns.add(
      key,
      terms.map((term) => term.id),
    );
  };
  const unknownAtoms = new Set<string>();
  for (const cell of state.published) {
    if (atomsOf(cell).some((atom) => atom.uncountable)) cell.figures[0]!.atoms.forEach((id) => unknownAtoms.add(id));
    serve(
      `${keyOf(cell)}|counts`,
      atomsOf(cell).flatMap((atom) => termsOf([atom])),
    );
    if (cell.personMeans) serve(`${keyOf(cell)}|means`, termsOf(atomsOf(cell)));
    for (const question of cell.questions)
      serve(
        `${keyOf(cell)}|question ${question.itemId}`,
        question.atoms.flatMap((id) => termsOf([state.frozenAtoms.get(id)!])),
      );
  }
  const candidates = cells
    .filter((cell) => cell.figures[0]!.atoms.every((id) => !unknownAtoms.has(id)))
    .map((cell) => ({ key: `${keyOf(cell)}|means`, terms: termsOf(atomsOf(cell)) }))
    .sort((a, b) => a.terms.length - b.terms.length || a.key.localeCompare(b.key));
  for (const term of candidates.flatMap((candidate) => candidate.terms)) known.set(term.id, term);
  const k = Math.max(0, ...cells.flatMap((cell) => atomsOf(cell).map((atom) => atom.minGroupSize)));
  const published = decide(candidates, patterns, known, k);
  for (const cell of cells) if (published.has(`${keyOf(cell)}|means`)) cell.personMeans = personMeanSums(state, cell);
}

const personMeanSums = (state: HistoryState, cell: PublishedCell) =>
  sumsOfMeans(state, `${keyOf(cell)}|person means`, [...piecesByPair(state, cell.figures[0]!.atoms).values()]);

/** The pieces of each (person, team) in the atoms, in order: the terms a sum over person means runs over. */
export function piecesByPair(state: HistoryState, atoms: readonly string[]): Map<string, string[]> {
  const byPair = new Map<string, string[]>();
  for (const piece of atoms.flatMap((id) => state.contents.get(id)!)) {
    const { person, teamId } = state.pieces.get(piece)!;
    byPair.set(`${person}|${teamId}`, [...(byPair.get(`${person}|${teamId}`) ?? []), piece]);
  }
  for (const pieces of byPair.values()) pieces.sort();
  return byPair;
}

/** The count, sum and sum of squares of the terms' means. */
export function sumsOfMeans(state: HistoryState, name: string, terms: readonly (readonly string[])[]): PersonMeanSums {
  const means = terms.map((pieces) => sumOf(pieces.map((piece) => state.pieces.get(piece)!.score)) / pieces.length);
  return { name, terms, value: [means.length, sumOf(means), sumOf(means.map((mean) => mean ** 2))].join(',') };
}

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
