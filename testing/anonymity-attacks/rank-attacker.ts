import type { Piece } from './history-state';

/**
 * A figure as the attacker holds it: its name and the unknowns it sums over — committed answers
 * (pieces), and for figures over person means also the means of several answers (person-mean-attack.ts).
 */
export interface HeldFigure {
  name: string;
  pieces: readonly string[];
}

/** A set of pieces whose people the attacker tries to single out. */
export interface AttackTarget {
  name: string;
  pieces: ReadonlySet<string>;
}

/**
 * Arithmetic modulo the prime 2^26 − 5: a product of two residues stays below 2^53, exact in a
 * double, and no step grows. Exact rationals would need BigInt numbers that grow with every
 * elimination step. The rank of a 0/1 matrix modulo p equals its rational rank unless p divides
 * every largest non-vanishing minor of it; for matrices of a few hundred rows that is as likely as
 * one fixed 26-bit prime dividing a handful of unrelated integers, so a wrong verdict would be a
 * rare accident of one history, not a blind spot.
 */
const PRIME = 67_108_859;
const times = (a: number, b: number) => (a * b) % PRIME;

function inverse(value: number): number {
  let result = 1;
  for (
    let base = value, exponent = PRIME - 2;
    exponent > 0;
    exponent = Math.floor(exponent / 2), base = times(base, base)
  ) {
    if (exponent % 2 === 1) result = times(result, base);
  }
  return result;
}

/** Gauss–Jordan elimination modulo the prime: the reduced non-zero rows and their pivot columns. */
function reduce(matrix: readonly number[][], width: number): { rows: number[][]; pivots: number[] } {
  const rows = matrix.map((row) => [...row]);
  const pivots: number[] = [];
  for (let column = 0; column < width && pivots.length < rows.length; column++) {
    const rank = pivots.length;
    const found = rows.findIndex((row, index) => index >= rank && row[column] !== 0);
    if (found < 0) continue;
    const pivot = rows[found]!;
    [rows[found], rows[rank]] = [rows[rank]!, pivot];
    const scale = inverse(pivot[column]!);
    for (let index = column; index < width; index++) pivot[index] = times(pivot[index]!, scale);
    for (const [index, row] of rows.entries()) {
      const factor = row[column]!;
      if (index === rank || factor === 0) continue;
      for (let at = column; at < width; at++) row[at] = (row[at]! + PRIME - times(factor, pivot[at]!)) % PRIME;
    }
    pivots.push(column);
  }
  return { rows: rows.slice(0, pivots.length), pivots };
}

/**
 * Looks for a combination of the held figures that depends on the answers of 1 to k−1 people only,
 * and describes each one found (none when the figures are safe).
 *
 * Pieces that lie in exactly the same figures form a group: every combination weighs them alike.
 * (a) Subtraction as with a spreadsheet: a figure minus one figure inside it, and minus as many
 *     disjoint figures inside it as fit, largest first and smallest first.
 * (b) Every combination at once: for each target (every group, and each of `targets`), the groups
 *     wholly inside it, S; some non-zero combination of figures is zero outside S exactly when the
 *     null space of the figures, restricted to the columns of S, has rank below |S|. That covers the
 *     target's indicator vector and every weighting of its answers.
 */
export function findFigureBreaches(
  figures: readonly HeldFigure[],
  pieces: ReadonlyMap<string, Pick<Piece, 'person'>>,
  targets: readonly AttackTarget[],
  k: number,
): string[] {
  const byPieces = new Map<string, HeldFigure>();
  for (const figure of figures) {
    const key = [...figure.pieces].sort().join(' ');
    if (!byPieces.has(key)) byPieces.set(key, figure);
  }
  const distinct = [...byPieces.values()];
  const groups = groupsOf(distinct);
  const groupOf = new Map(groups.flatMap((members, group) => members.map((piece) => [piece, group] as const)));
  const rows = distinct.map((figure) => new Set(figure.pieces.map((piece) => groupOf.get(piece)!)));
  const people = (inGroups: Iterable<number>) =>
    new Set([...inGroups].flatMap((group) => groups[group]!.map((piece) => pieces.get(piece)!.person))).size;
  const found: string[] = [];
  const report = (description: string, inGroups: Iterable<number>) => {
    const count = people(inGroups);
    if (count > 0 && count < k) found.push(`${description}: ${count} people`);
  };

  distinct.forEach((outer, index) => {
    const outerRow = rows[index]!;
    const inside = distinct
      .map((figure, at) => ({ figure, row: rows[at]! }))
      .filter(({ row }) => row.size < outerRow.size && [...row].every((group) => outerRow.has(group)));
    for (const { figure, row } of inside)
      report(
        `${outer.name} − ${figure.name}`,
        [...outerRow].filter((group) => !row.has(group)),
      );
    for (const order of [1, -1]) {
      const left = new Set(outerRow);
      const taken: string[] = [];
      for (const { figure, row } of [...inside].sort((a, b) => order * (b.row.size - a.row.size))) {
        if (![...row].every((group) => left.has(group))) continue;
        row.forEach((group) => left.delete(group));
        taken.push(figure.name);
      }
      if (taken.length > 0) report(`${outer.name} − (${taken.join(' + ')})`, left);
    }
  });

  const isolatable = isolatableTest(rows, groups.length);
  const allTargets = [
    ...groups.map((members) => ({ name: `the group ${members.join(' ')}`, pieces: new Set(members) })),
    ...targets,
  ];
  for (const target of allTargets) {
    const inside = groups
      .map((_, group) => group)
      .filter((group) => groups[group]!.every((piece) => target.pieces.has(piece)));
    if (inside.length > 0 && isolatable(inside)) report(`a combination of figures isolates ${target.name}`, inside);
  }
  return found;
}

/** The pieces grouped by the exact set of figures that hold them. */
function groupsOf(figures: readonly HeldFigure[]): string[][] {
  const memberships = new Map<string, Set<number>>();
  figures.forEach((figure, index) =>
    figure.pieces.forEach((piece) => memberships.set(piece, (memberships.get(piece) ?? new Set()).add(index))),
  );
  const groups = new Map<string, string[]>();
  for (const [piece, inside] of memberships) {
    const signature = [...inside].join(',');
    groups.set(signature, [...(groups.get(signature) ?? []), piece]);
  }
  return [...groups.values()];
}

/** Whether some non-zero combination of the rows (sets of group columns) is zero outside the given columns. */
function isolatableTest(rows: readonly ReadonlySet<number>[], width: number): (columns: number[]) => boolean {
  const columns = Array.from({ length: width }, (_, column) => column);
  const { rows: reduced, pivots } = reduce(
    rows.map((row) => columns.map((column) => (row.has(column) ? 1 : 0))),
    width,
  );
  // A basis of the null space: one vector per free column.
  const nullSpace = columns
    .filter((column) => !pivots.includes(column))
    .map((free) => {
      const vector = columns.map((column): number => (column === free ? 1 : 0));
      reduced.forEach((row, index) => (vector[pivots[index]!] = (PRIME - row[free]!) % PRIME));
      return vector;
    });
  return (inside) =>
    reduce(
      inside.map((column) => nullSpace.map((vector) => vector[column]!)),
      nullSpace.length,
    ).pivots.length < inside.length;
}
