import type { UnitKey } from '@/lib/domain/rollups/units';

/**
 * An atom is the set of answers one team gave to one pulse: within a pulse a person answers once,
 * in one team, so the atoms of a pulse are disjoint in people. Every published figure is a sum over
 * a fixed set of atoms (the cell's definition), frozen when the cell is published.
 */
export interface PublicationAtom {
  pulseId: number;
  teamId: number;
  /** The units its answers count in (the team, its departments, the organisation), frozen with the pulse. */
  units: readonly UnitKey[];
  /** The people who answered (ids, only ever used to count distinct people). */
  persons: readonly number[];
  /** The pulse's minimum group size, fixed when the pulse was published. */
  minGroupSize: number;
  /**
   * Its people can no longer be counted: the raw answers behind it were deleted, or no longer match
   * what was frozen. No part of a group holding it is ever taken as large enough, so no new cell
   * splits its group or adds it.
   */
  uncountable?: boolean;
}

/** An atom nobody answered: it adds nothing any figure could reveal. */
export const isEmptyAtom = (atom: PublicationAtom) => atom.persons.length === 0 && !atom.uncountable;

export const atomId = (pulseId: number, teamId: number) => `${pulseId}|${teamId}`;

/** Per person id, the last count that met them: one array for every count instead of a set per count. */
let seenIn = new Uint32Array(1 << 16);
let counting = 0;

/** Distinct people over some atoms (person ids are positive whole numbers). */
export function distinctPersons(atoms: Iterable<PublicationAtom>): number {
  if (++counting === 0xffffffff) {
    seenIn.fill(0);
    counting = 1;
  }
  let distinct = 0;
  for (const atom of atoms)
    for (const person of atom.persons) {
      if (person >= seenIn.length) {
        const grown = new Uint32Array(Math.max(seenIn.length * 2, person + 1));
        grown.set(seenIn);
        seenIn = grown;
      }
      if (seenIn[person] !== counting) {
        seenIn[person] = counting;
        distinct++;
      }
    }
  return distinct;
}

/** Atoms held by exactly the same published cells. Its cells never change, only its members. */
export interface AtomPattern<Member = string> {
  /** Its cells, by the ids AtomPatterns gave their names, ascending. */
  readonly cells: readonly number[];
  readonly members: ReadonlySet<Member>;
}

interface Pattern<Member> extends AtomPattern<Member> {
  readonly members: Set<Member>;
}

/**
 * The atoms grouped by their pattern: the exact set of published cells whose definition holds them.
 * Any linear combination of published figures gives every atom of a group the same weight, so what a
 * combination can isolate is a union of whole groups. Publication keeps every group that lies in at
 * least one published cell at none or at least k distinct people; then nothing isolates fewer than k.
 * The person-mean rule (person-mean-terms.ts) groups its terms, by number, with the same class.
 */
export class AtomPatterns<Member = string> {
  /** Each cell name as a small id; a name seen for the first time gets a larger id than any before. */
  private readonly cellIds = new Map<string, number>();
  private readonly patternOf = new Map<Member, Pattern<Member>>();
  /**
   * The patterns by their cells, kept only from the first time a cell already seen is added again.
   * Adding a new cell cannot give two atoms equal cells where they had different ones (no atom held
   * it before): the atoms of each old pattern just move to a new one, found without a lookup.
   */
  private byCells: Map<string, Pattern<Member>> | undefined;

  constructor(memberships: Iterable<readonly [atom: Member, cell: string]> = []) {
    const cells = new Map<Member, number[]>();
    for (const [atom, cell] of memberships) {
      const id = this.cellId(cell);
      const list = cells.get(atom);
      if (list) list.push(id);
      else cells.set(atom, [id]);
    }
    const byCells = new Map<string, Pattern<Member>>();
    for (const [atom, list] of cells) {
      const ascending = list.sort((a, b) => a - b).filter((id, at) => id !== list[at - 1]);
      this.move(atom, undefined, patternWith(byCells, ascending));
    }
  }

  /**
   * From the cells' names and each atom's cells, as ascending indexes into `names` (which are all
   * different), each atom once. Atoms may share one list (it is never changed): it is then looked up once.
   */
  static ofCellLists<Member>(
    names: readonly string[],
    cellsOf: Iterable<readonly [atom: Member, cells: readonly number[]]>,
  ): AtomPatterns<Member> {
    const patterns = new AtomPatterns<Member>();
    for (const name of names) patterns.cellId(name);
    const byCells = new Map<string, Pattern<Member>>();
    const shared = new Map<readonly number[], Pattern<Member>>();
    for (const [atom, cells] of cellsOf) {
      let pattern = shared.get(cells);
      if (!pattern) shared.set(cells, (pattern = patternWith(byCells, cells)));
      patterns.move(atom, undefined, pattern);
    }
    return patterns;
  }

  /** The pattern of an atom; none for an atom no published cell holds (never seen). */
  pattern(atom: Member): AtomPattern<Member> | undefined {
    return this.patternOf.get(atom);
  }

  /** Whether a published cell holds the atom. */
  holds(atom: Member, cell: string): boolean {
    const id = this.cellIds.get(cell);
    return id !== undefined && (this.patternOf.get(atom)?.cells.includes(id) ?? false);
  }

  /**
   * Records that a newly published cell holds these atoms; returns what undoes it, when called
   * before anything else changes these patterns.
   */
  add(cell: string, atoms: Iterable<Member>): () => void {
    const seen = this.cellIds.has(cell);
    const id = this.cellId(cell);
    if (seen && !this.byCells)
      this.byCells = new Map([...this.patternOf.values()].map((pattern) => [pattern.cells.join(','), pattern]));
    const next = new Map<Pattern<Member> | undefined, Pattern<Member>>();
    const moved: [atom: Member, before: Pattern<Member> | undefined, after: Pattern<Member>][] = [];
    for (const atom of atoms) {
      const before = this.patternOf.get(atom);
      if (before?.cells.includes(id)) continue;
      let after = next.get(before);
      if (!after) next.set(before, (after = this.withCell(before?.cells ?? [], id)));
      this.move(atom, before, after);
      moved.push([atom, before, after]);
    }
    return () => {
      for (const [atom, before, after] of moved) this.move(atom, after, before);
    };
  }

  /** Every pattern that has members. */
  groups(): Iterable<AtomPattern<Member>> {
    return new Set(this.patternOf.values());
  }

  private cellId(name: string): number {
    let id = this.cellIds.get(name);
    if (id === undefined) this.cellIds.set(name, (id = this.cellIds.size));
    return id;
  }

  private withCell(cells: readonly number[], id: number): Pattern<Member> {
    const at = cells.findIndex((held) => held > id);
    const after = at === -1 ? [...cells, id] : [...cells.slice(0, at), id, ...cells.slice(at)];
    return this.byCells ? patternWith(this.byCells, after) : { cells: after, members: new Set() };
  }

  private move(atom: Member, from: Pattern<Member> | undefined, to: Pattern<Member> | undefined): void {
    from?.members.delete(atom);
    if (to) {
      to.members.add(atom);
      this.patternOf.set(atom, to);
    } else this.patternOf.delete(atom);
  }
}

/** The one pattern of these cells (ascending) among `byCells`. */
function patternWith<Member>(byCells: Map<string, Pattern<Member>>, cells: readonly number[]): Pattern<Member> {
  const key = cells.join(',');
  let pattern = byCells.get(key);
  if (!pattern) byCells.set(key, (pattern = { cells, members: new Set() }));
  return pattern;
}
