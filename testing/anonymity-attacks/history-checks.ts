import { PERIOD_KINDS, type PeriodLabels } from '@/lib/domain/periods/period-labels';
import type { CommentSet, Figure, LiveValue, PersonMeanSums, Piece, SimulatedHistory } from './history-state';
import { heldPersonMeanFigures } from './person-mean-attack';
import { type AttackTarget, findFigureBreaches } from './rank-attacker';
import { itemPiece, itemsOfPulse } from './simulated-items';

/**
 * Everything an adversary holding every view ever served can learn that it must not: a published
 * figure that changed, a combination of figures (of answers and of person means together) isolating
 * fewer than k people, a comment that can be pinned to fewer than the comment threshold, or a live count
 * below k or finer than k.
 *
 * The bounds are the smallest k and comment threshold in force during the history: what was
 * published under a smaller k stays published, unchanged, after k rises — that is the rule
 * (publish once, never change), not a breach — so no larger bound holds for every figure.
 */
export function attackHistory({
  state,
  views,
  smallestMinGroupSize,
  smallestCommentMinGroupSize,
}: SimulatedHistory): string[] {
  const firstByName = new Map<string, Figure>();
  const figures = new Map<string, Figure>();
  const personMeans = new Map<string, PersonMeanSums[]>();
  const commentSets = new Map<string, CommentSet>();
  const liveValues: LiveValue[] = [];
  const found: string[] = [];
  for (const view of views) {
    for (const figure of view.figures) {
      const key = `${figure.name} ${figure.value} ${figure.atoms.join(' ')}`;
      const first = firstByName.get(figure.name) ?? figure;
      if (!figures.has(key) && first !== figure) {
        found.push(
          `${figure.name} changed from ${first.value} over ${first.atoms.join(' ')} to ${figure.value} over ${figure.atoms.join(' ')} (event ${view.event})`,
        );
      }
      firstByName.set(figure.name, first);
      figures.set(key, figure);
    }
    for (const figure of view.personMeans) {
      const versions = personMeans.get(figure.name) ?? [];
      if (versions.includes(figure)) continue;
      if (versions.length > 0 && versions.every((version) => JSON.stringify(version) !== JSON.stringify(figure))) {
        found.push(`${figure.name} changed from ${versions[0]!.value} to ${figure.value} (event ${view.event})`);
      }
      personMeans.set(figure.name, [...versions, figure]);
    }
    for (const set of view.comments) commentSets.set(`${set.name} ${set.atoms.join(' ')}`, set);
    liveValues.push(...view.live);
  }
  // Every unknown at (answer, item) granularity: a line's counts sum each answer's items, a question figure one item's.
  const itemPieces = (piece: string) =>
    itemsOfPulse(state.pieces.get(piece)!.pulseId).map((item) => itemPiece(piece, item));
  const expand = (unknown: string) => (state.pieces.has(unknown) ? itemPieces(unknown) : [unknown]);
  const piecesOf = (atoms: readonly string[]) =>
    atoms.flatMap((atom) => {
      const at = atom.indexOf('#');
      if (at < 0) return (state.contents.get(atom) ?? []).flatMap(itemPieces);
      const item = Number(atom.slice(at + 1));
      return (state.contents.get(atom.slice(0, at)) ?? []).map((piece) => itemPiece(piece, item));
    });
  const means = heldPersonMeanFigures([...personMeans.values()].flat());
  const held = [
    ...[...figures.values()].map((figure) => ({ name: figure.name, pieces: piecesOf(figure.atoms) })),
    ...means.held.map((figure) => ({ name: figure.name, pieces: figure.pieces.flatMap(expand) })),
  ];
  const itemLevel = new Map<string, Piece>(
    [...state.pieces].flatMap(([key, piece]) => itemPieces(key).map((unknown) => [unknown, piece] as const)),
  );
  const people = new Map<string, { person: number }>([
    ...itemLevel,
    ...[...means.opaqueTerms].map(([term, pieces]) => [term, state.pieces.get(pieces[0]!)!] as const),
  ]);
  const labels = new Map(state.pulses.map((pulse) => [pulse.id, pulse.labels]));
  const targets = attackTargets(state.pieces, means.opaqueTerms, labels).map(({ name, pieces }) => ({
    name,
    pieces: new Set([...pieces].flatMap(expand)),
  }));
  found.push(...findFigureBreaches(held, people, targets, smallestMinGroupSize));
  found.push(...findCommentBreaches([...commentSets.values()], piecesOf, itemLevel, smallestCommentMinGroupSize));
  found.push(...findLiveBreaches(liveValues));
  return found;
}

/**
 * Each atom's answers (one team, one pulse), each team's answers in each period, and each person's;
 * a mean over several answers counts as the person's, and as their team's in each period that
 * holds all its answers.
 */
function attackTargets(
  pieces: ReadonlyMap<string, Piece>,
  opaqueTerms: ReadonlyMap<string, readonly string[]>,
  labels: ReadonlyMap<number, PeriodLabels>,
): AttackTarget[] {
  const targets = new Map<string, Set<string>>();
  const add = (name: string, unknown: string) => targets.set(name, (targets.get(name) ?? new Set()).add(unknown));
  for (const [key, piece] of pieces) {
    add(`team ${piece.teamId}'s answers to pulse ${piece.pulseId}`, key);
    for (const kind of PERIOD_KINDS)
      add(`team ${piece.teamId}'s answers in ${kind} ${labels.get(piece.pulseId)![kind]}`, key);
    add(`person ${piece.person}'s answers`, key);
  }
  for (const [term, members] of opaqueTerms) {
    const [first, ...rest] = members.map((piece) => pieces.get(piece)!);
    add(`person ${first!.person}'s answers`, term);
    for (const kind of PERIOD_KINDS) {
      const label = labels.get(first!.pulseId)![kind];
      if (rest.every((piece) => labels.get(piece.pulseId)![kind] === label))
        add(`team ${first!.teamId}'s answers in ${kind} ${label}`, term);
    }
  }
  return [...targets].map(([name, members]) => ({ name, pieces: members }));
}

/**
 * Comments are text: the attacker can intersect and subtract shown sets at will, so what it can
 * pin a comment to is a region of their Venn diagram, whatever the sets' order or overlap.
 */
function findCommentBreaches(
  sets: CommentSet[],
  piecesOf: (atoms: readonly string[]) => string[],
  pieces: ReadonlyMap<string, Piece>,
  threshold: number,
): string[] {
  const people = (members: Iterable<string>) => new Set([...members].map((piece) => pieces.get(piece)!.person)).size;
  const shown = sets.map((set) => ({ name: set.name, threshold: set.threshold, pieces: new Set(piecesOf(set.atoms)) }));
  const found = shown
    .filter((set) => people(set.pieces) < set.threshold)
    .map((set) => `${set.name} shows the comments of ${people(set.pieces)} people`);
  const regions = new Map<string, string[]>();
  for (const piece of new Set(shown.flatMap((set) => [...set.pieces]))) {
    const signature = shown
      .filter((set) => set.pieces.has(piece))
      .map((set) => set.name)
      .join(' ∩ ');
    regions.set(signature, [...(regions.get(signature) ?? []), piece]);
  }
  for (const [signature, members] of regions) {
    if (people(members) < threshold)
      found.push(`the comments only in ${signature} come from ${people(members)} people`);
  }
  return found;
}

function findLiveBreaches(values: LiveValue[]): string[] {
  const found = values
    .filter(({ value, minGroupSize }) => value !== null && (value < minGroupSize || value % minGroupSize !== 0))
    .map((live) => `${live.name} showed ${live.value} with k = ${live.minGroupSize}`);
  const byHour = new Map<string, LiveValue>();
  for (const live of values) {
    const key = `${live.name} ${live.hour} ${live.minGroupSize}`;
    const before = byHour.get(key);
    if (before && before.value !== live.value)
      found.push(`${live.name} moved from ${before.value} to ${live.value} within one hour`);
    byHour.set(key, live);
  }
  return found;
}
