import type { HistoryState, PersonMeanSums, PublishedCell, ViewRecorder } from './history-state';
import { piecesByPair, sumsOfMeans } from './person-mean-figures';

/**
 * Views with the overlap sums the change test is worked out from (lib/queries/publication/person-means-query.ts)
 * served beside each cell's person means, which they never are: over the (person, team) pairs in both
 * the cell and the same unit's cell of the previous decided period of its kind, kept at k pairs or
 * more, the sums of their means now and of their means before (their sum of products, the rest of
 * what is kept, is not needed to give them away). A department's overlap minus its teams' is whoever
 * is in a team's overlap too small to keep, and a cell's person means minus its overlap the people
 * who joined: the change test's result is served as one word instead.
 */
export function withOverlapSums(recordViews: ViewRecorder): ViewRecorder {
  return (state) => {
    const overlaps = new Map(
      state.published.flatMap((cell) =>
        cell.personMeans ? [[cell.personMeans.name, overlapSums(state, cell)] as const] : [],
      ),
    );
    return recordViews(state).map((view) => ({
      ...view,
      personMeans: view.personMeans.flatMap((figure) => [figure, ...(overlaps.get(figure.name) ?? [])]),
    }));
  };
}

function overlapSums(state: HistoryState, cell: PublishedCell): PersonMeanSums[] {
  const previous = previousCell(state, cell);
  if (!previous) return [];
  const now = piecesByPair(state, cell.figures[0]!.atoms);
  const before = piecesByPair(state, previous.figures[0]!.atoms);
  const pairs = [...now.keys()].filter((pair) => before.has(pair));
  if (pairs.length < periodK(state, cell)) return [];
  const name = `${cell.unit}|${cell.kind}|${cell.label}|overlap`;
  return [
    sumsOfMeans(
      state,
      `${name} now`,
      pairs.map((pair) => now.get(pair)!),
    ),
    sumsOfMeans(
      state,
      `${name} before`,
      pairs.map((pair) => before.get(pair)!),
    ),
  ];
}

/** The same unit's cell in the latest period of the kind decided before this one, if shown. */
function previousCell(state: HistoryState, { unit, kind, label }: PublishedCell): PublishedCell | undefined {
  const previous = [...state.decided]
    .filter((key) => key.startsWith(`${kind}|`) && key < `${kind}|${label}`)
    .sort()
    .at(-1)
    ?.slice(kind.length + 1);
  return state.published.find((cell) => cell.unit === unit && cell.kind === kind && cell.label === previous);
}

/** The k the period was decided with: the largest of its pulses' frozen thresholds. */
function periodK(state: HistoryState, { kind, label }: PublishedCell): number {
  const pulses = new Set(state.pulses.filter((pulse) => pulse.labels[kind] === label).map((pulse) => pulse.id));
  return Math.max(
    0,
    ...[...state.frozenAtoms.values()].filter((atom) => pulses.has(atom.pulseId)).map((atom) => atom.minGroupSize),
  );
}
