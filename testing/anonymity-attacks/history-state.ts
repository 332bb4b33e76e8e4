/** The simulated world of a history (history-simulator.ts) and the views it serves. */
import type { DepartmentNode, OrgStructure, TeamNode } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind, PeriodLabels } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import type { AtomPatterns, PublicationAtom } from '@/lib/domain/anonymity/atom-patterns';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface SimulatedPulse {
  id: number;
  opensAt: number;
  closesAt: number;
  labels: PeriodLabels;
  /** Each invited person's team when the pulse opened: their answers count there. */
  invited: ReadonlyMap<number, number>;
  frozen: boolean;
  /** The comment threshold in force when its atoms were frozen. */
  commentMinGroupSize: number;
}

/** One committed version of one person's answer to one pulse: the finest thing any figure is made of. */
export interface Piece {
  person: number;
  pulseId: number;
  teamId: number;
  score: number;
  committedAt: number;
}

export interface RawAnswer {
  piece: string;
  firstCommittedAt: number;
  revision: number;
}

/** A figure as served: the atom states it sums over (keys of `contents`) and its value. */
export interface Figure {
  name: string;
  atoms: readonly string[];
  value: string;
}

/**
 * A cell's count, sum and sum of squares of person means as served: sums over terms, one per
 * (person, team), each a function of the mean of the term's pieces. A term of one piece is that
 * answer, the same unknown the answer counts sum; two terms of the same pieces are the same mean,
 * which the real sums cancel; any others they do not.
 */
export interface PersonMeanSums {
  name: string;
  terms: readonly (readonly string[])[];
  value: string;
  /** The connection score's composite sums (each term's mean of its line means) rather than one line's. */
  composite?: true;
}

export interface CommentSet {
  name: string;
  atoms: readonly string[];
  /** The comment threshold the set was shown under. */
  threshold: number;
}

export interface LiveValue {
  name: string;
  /** The whole hour the value is as of. */
  hour: number;
  minGroupSize: number;
  value: number | null;
}

export interface RecordedView {
  event: number;
  viewer: string;
  figures: readonly Figure[];
  personMeans: readonly PersonMeanSums[];
  comments: readonly CommentSet[];
  live: readonly LiveValue[];
}

export interface PublishedCell {
  unit: UnitKey;
  kind: PeriodKind;
  label: string;
  heldBack: boolean;
  comments: boolean;
  commentMinGroupSize: number;
  /** Its scores first, then its measures, then its question figures. */
  figures: Figure[];
  /** The question figures published with it (decide-question-figures.ts): each item's atoms that asked it. */
  questions: { itemId: number; atoms: readonly string[] }[];
  /** Decided in the publication run that decided the cell (person-mean-figures.ts); null where refused, and in weeks. */
  personMeans: PersonMeanSums | null;
}

export interface HistoryState {
  now: number;
  departments: Map<number, DepartmentNode>;
  teams: Map<number, TeamNode>;
  structure: OrgStructure;
  teamOf: Map<number, number>;
  participation: readonly number[];
  minGroupSize: number;
  commentMinGroupSize: number;
  pulses: SimulatedPulse[];
  /** The raw answers (`pulse|person`), as the database holds them until retention. */
  answers: Map<string, RawAnswer>;
  frozenAtoms: Map<string, PublicationAtom>;
  patterns: AtomPatterns;
  decided: Set<string>;
  published: PublishedCell[];
  pieces: Map<string, Piece>;
  /** What each atom state a figure may name is made of (pieces); the published ones are the frozen atoms. */
  contents: Map<string, readonly string[]>;
}

export type ViewRecorder = (state: HistoryState) => Omit<RecordedView, 'event'>[];

export interface SimulatedHistory {
  state: HistoryState;
  views: RecordedView[];
  /** The smallest k and comment threshold in force at any moment of the history. */
  smallestMinGroupSize: number;
  smallestCommentMinGroupSize: number;
}

export const openPulse = (state: HistoryState) =>
  state.pulses.find((pulse) => pulse.opensAt <= state.now && state.now < pulse.closesAt);

/** A department and every department above it. */
export function ancestors(state: HistoryState, departmentId: number): number[] {
  const chain: number[] = [];
  for (
    let id: number | null = departmentId;
    id !== null && !chain.includes(id);
    id = state.departments.get(id)?.parentId ?? null
  )
    chain.push(id);
  return chain;
}
