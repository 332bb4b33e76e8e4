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

const NO_CELLS: readonly string[] = [];

export const atomId = (pulseId: number, teamId: number) => `${pulseId}|${teamId}`;

/** Distinct people over some atoms. */
export function distinctPersons(atoms: Iterable<PublicationAtom>): number {
  const persons = new Set<number>();
  for (const atom of atoms) for (const person of atom.persons) persons.add(person);
  return persons.size;
}

/**
 * The atoms grouped by their pattern: the exact set of published cells whose definition holds them.
 * Any linear combination of published figures gives every atom of a group the same weight, so what a
 * combination can isolate is a union of whole groups. Publication keeps every group that lies in at
 * least one published cell at none or at least k distinct people; then nothing isolates fewer than k.
 * The person-mean rule (person-mean-terms.ts) groups its terms with the same class.
 */
export class AtomPatterns {
  private readonly cellsOf = new Map<string, readonly string[]>();
  /** Each atom's pattern key, kept with its cells: asked for far more often than they change. */
  private readonly keyOf = new Map<string, string>();
  private readonly membersOf = new Map<string, Set<string>>();

  constructor(memberships: Iterable<readonly [atom: string, cell: string]> = []) {
    const cells = new Map<string, string[]>();
    for (const [atom, cell] of memberships) {
      const list = cells.get(atom);
      if (list) list.push(cell);
      else cells.set(atom, [cell]);
    }
    for (const [atom, list] of cells) this.place(atom, list.sort());
  }

  /**
   * From each atom's cells, each list sorted and without repeats. Atoms may share one list (it is
   * never changed): its key is then built once.
   */
  static ofCellLists(cellsOf: ReadonlyMap<string, readonly string[]>): AtomPatterns {
    const patterns = new AtomPatterns();
    const keys = new Map<readonly string[], string>();
    for (const [atom, cells] of cellsOf) {
      let key = keys.get(cells);
      if (key === undefined) keys.set(cells, (key = cells.join('\n')));
      patterns.place(atom, cells, key);
    }
    return patterns;
  }

  /** The pattern's key of an atom; '' for an atom no published cell holds (never seen). */
  pattern(atom: string): string {
    return this.keyOf.get(atom) ?? '';
  }

  /** Whether a published cell holds the atom. */
  holds(atom: string, cell: string): boolean {
    return this.cellsOf.get(atom)?.includes(cell) ?? false;
  }

  /** Every atom of a pattern (none for the empty pattern: unseen atoms form no group). */
  members(pattern: string): ReadonlySet<string> {
    return this.membersOf.get(pattern) ?? new Set();
  }

  /** Records that a newly published cell holds these atoms. */
  add(cell: string, atoms: Iterable<string>): void {
    this.replaceCells(atoms, (before) => [...before, cell].sort());
  }

  /** Undoes `add`: the cell is not published after all. */
  remove(cell: string, atoms: Iterable<string>): void {
    this.replaceCells(atoms, (before) => before.filter((held) => held !== cell));
  }

  /** Every pattern that has members, with its cells and its members. */
  *groups(): Generator<{ cells: readonly string[]; members: ReadonlySet<string> }> {
    for (const [key, members] of this.membersOf) if (members.size > 0) yield { cells: key.split('\n'), members };
  }

  /** Atoms that shared a list of cells share the changed one: it and its key are built once. */
  private replaceCells(atoms: Iterable<string>, change: (before: readonly string[]) => string[]): void {
    const changed = new Map<readonly string[], { cells: readonly string[]; key: string }>();
    for (const atom of atoms) {
      const before = this.cellsOf.get(atom) ?? NO_CELLS;
      if (before.length > 0) this.membersOf.get(this.pattern(atom))?.delete(atom);
      let after = changed.get(before);
      if (!after) {
        const cells = change(before);
        changed.set(before, (after = { cells, key: cells.join('\n') }));
      }
      if (after.cells.length > 0) this.place(atom, after.cells, after.key);
      else {
        this.cellsOf.delete(atom);
        this.keyOf.delete(atom);
      }
    }
  }

  private place(atom: string, cells: readonly string[], key = cells.join('\n')): void {
    this.cellsOf.set(atom, cells);
    this.keyOf.set(atom, key);
    const members = this.membersOf.get(key) ?? new Set<string>();
    members.add(atom);
    this.membersOf.set(key, members);
  }
}
