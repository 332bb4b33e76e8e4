import { buildOrgStructure, unitsContainingTeam } from '@/lib/domain/organisation/org-structure';
import { periodLabelsOf } from '@/lib/domain/periods/period-labels';
import { AtomPatterns, atomId } from '@/lib/domain/anonymity/atom-patterns';
import { SETTLE_SECONDS, periodsDue } from '@/lib/domain/anonymity/periods-due';
import { decidePersonMeanFigures } from '@/lib/domain/anonymity/person-mean-terms';
import {
  type HistoryState,
  type RecordedView,
  type SimulatedHistory,
  type SimulatedPulse,
  type ViewRecorder,
  HOUR,
  MINUTE,
  ancestors,
  openPulse,
} from './history-state';
import { type PersonMeanDecision, fillPersonMeans } from './person-mean-figures';
import type { History, HistoryEvent } from './random-history';
import { decidePeriod } from './decide-simulated-period';

const DAY = 24 * HOUR;
/** Monday 16 February 2026, 08:00 in Brussels. */
const FIRST_DAY = Date.parse('2026-02-16T07:00:00Z');
const OPEN_FOR = 36 * HOUR;
const SETTLE_AFTER = SETTLE_SECONDS * 1000;
/** Every history ends with everything closed, over and published, then retained. */
const CLOSING_EVENTS: HistoryEvent[] = [
  { type: 'close' },
  { type: 'wait', hours: 24 * 100 },
  { type: 'publish' },
  { type: 'retention' },
];
const pieceKey = (pulseId: number, person: number, revision: number) => `${pulseId}|${person}|${revision}`;

/** A deterministic coin in [0, 1) for the answers of one batch. */
function coin(...values: number[]): number {
  let hash = 0x811c9dc5;
  for (const value of values) {
    hash = Math.imul(hash ^ value, 0x01000193);
    hash ^= hash >>> 15;
  }
  hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * Replays a history, publishing as the server does (person means as `decidePersonMeans` picks them),
 * and records every viewer's view after every event.
 */
export function simulateHistory(
  history: History,
  recordViews: ViewRecorder,
  decidePersonMeans: PersonMeanDecision = decidePersonMeanFigures,
): SimulatedHistory {
  const state = initialState(history);
  let smallestMinGroupSize = state.minGroupSize;
  let smallestCommentMinGroupSize = state.commentMinGroupSize;
  const views: RecordedView[] = [];
  [...history.events, ...CLOSING_EVENTS].forEach((event, index) => {
    applyEvent(state, event, decidePersonMeans);
    smallestMinGroupSize = Math.min(smallestMinGroupSize, state.minGroupSize);
    smallestCommentMinGroupSize = Math.min(smallestCommentMinGroupSize, state.commentMinGroupSize);
    for (const view of recordViews(state)) views.push({ event: index, ...view });
  });
  return { state, views, smallestMinGroupSize, smallestCommentMinGroupSize };
}

function initialState({ startDay, organisation, minGroupSize, commentMinGroupSize }: History): HistoryState {
  const departments = new Map(
    organisation.departmentParents.map((parentId, index) => [
      index + 1,
      { id: index + 1, name: `D${index + 1}`, parentId },
    ]),
  );
  const teams = new Map(
    organisation.teams.map((team, index) => [
      index + 1,
      { id: index + 1, name: `T${index + 1}`, departmentId: team.department },
    ]),
  );
  const teamOf = new Map<number, number>();
  organisation.teams.forEach((team, index) =>
    Array.from({ length: team.size }, () => teamOf.set(teamOf.size + 1, index + 1)),
  );
  return {
    now: FIRST_DAY + startDay * DAY,
    departments,
    teams,
    structure: buildOrgStructure([...departments.values()], [...teams.values()]),
    teamOf,
    participation: organisation.teams.map((team) => team.participation),
    minGroupSize,
    commentMinGroupSize: Math.max(commentMinGroupSize, minGroupSize),
    pulses: [],
    answers: new Map(),
    frozenAtoms: new Map(),
    patterns: new AtomPatterns(),
    decided: new Set(),
    published: [],
    pieces: new Map(),
    contents: new Map(),
  };
}

function applyEvent(state: HistoryState, event: HistoryEvent, decidePersonMeans: PersonMeanDecision): void {
  const open = openPulse(state);
  const last = state.pulses.at(-1);
  const stayOpen = (pulse: SimulatedPulse, at: number) => Math.max(state.now, Math.min(at, pulse.closesAt - MINUTE));
  const restructure = () =>
    (state.structure = buildOrgStructure([...state.departments.values()], [...state.teams.values()]));
  switch (event.type) {
    case 'open': {
      const opensAt = last ? Math.max(state.now, last.opensAt + event.gapDays * DAY) : state.now;
      state.now = opensAt;
      const labels = periodLabelsOf(new Date(opensAt));
      state.pulses.push({
        id: state.pulses.length + 1,
        opensAt,
        closesAt: opensAt + OPEN_FOR,
        labels,
        invited: new Map(state.teamOf),
        frozen: false,
        commentMinGroupSize: 0,
      });
      return;
    }
    case 'answers':
      if (!open) return;
      state.now = stayOpen(open, state.now + event.hours * HOUR);
      for (const [person, teamId] of open.invited) {
        const answered = state.answers.has(`${open.id}|${person}`);
        if (coin(event.seed, person, 1) < (answered ? 0.2 : state.participation[teamId - 1]!)) {
          commit(state, open, person, 1 + Math.floor(coin(event.seed, person, 2) * 5));
        }
      }
      return;
    case 'answer':
      if (!open?.invited.has(event.person)) return;
      state.now = stayOpen(open, state.now + 10 * MINUTE);
      commit(state, open, event.person, event.score);
      return;
    case 'late-commit': {
      const at = last ? Math.max(state.now, last.closesAt) + 1000 : Infinity;
      if (!last?.invited.has(event.person) || at >= last.closesAt + SETTLE_AFTER) return;
      state.now = at;
      commit(state, last, event.person, event.score);
      return;
    }
    case 'close':
      if (open) state.now = open.closesAt;
      return;
    case 'wait':
      state.now += event.hours * HOUR;
      return;
    case 'publish':
      publish(state, decidePersonMeans);
      return;
    case 'move-person':
      if (state.teamOf.has(event.person) && state.teams.has(event.team)) state.teamOf.set(event.person, event.team);
      return;
    case 'move-team': {
      const team = state.teams.get(event.team);
      if (!team || !state.departments.has(event.department)) return;
      state.teams.set(team.id, { ...team, departmentId: event.department });
      restructure();
      return;
    }
    case 'move-department': {
      const department = state.departments.get(event.department);
      if (!department || (event.parent !== null && ancestors(state, event.parent).includes(event.department))) return;
      state.departments.set(department.id, { ...department, parentId: event.parent });
      restructure();
      return;
    }
    case 'set-k':
      state.minGroupSize = event.minGroupSize;
      state.commentMinGroupSize = Math.max(state.commentMinGroupSize, event.minGroupSize);
      return;
    case 'set-comment-k':
      state.commentMinGroupSize = Math.max(event.commentMinGroupSize, state.minGroupSize);
      return;
    case 'retention': {
      // Whole months once they and the weeks and quarters of their pulses are decided: more eagerly than the
      // server, which also waits for the rest of the quarter and the pulses sharing its weeks.
      const decided = (pulse: SimulatedPulse) =>
        (['week', 'month', 'quarter'] as const).every((kind) => state.decided.has(`${kind}|${pulse.labels[kind]}`));
      const kept = new Set(state.pulses.filter((pulse) => !decided(pulse)).map((pulse) => pulse.labels.month));
      const removed = new Set(state.pulses.filter((pulse) => !kept.has(pulse.labels.month)).map((pulse) => pulse.id));
      for (const [key, answer] of state.answers)
        if (removed.has(state.pieces.get(answer.piece)!.pulseId)) state.answers.delete(key);
      // As the server reads them: who answered a removed pulse can no longer be counted.
      for (const [id, atom] of state.frozenAtoms)
        if (removed.has(atom.pulseId) && atom.persons.length > 0)
          state.frozenAtoms.set(id, { ...atom, persons: [], uncountable: true });
      return;
    }
  }
}

function commit(state: HistoryState, pulse: SimulatedPulse, person: number, score: number): void {
  const key = `${pulse.id}|${person}`;
  const before = state.answers.get(key);
  const revision = (before?.revision ?? 0) + 1;
  const piece = pieceKey(pulse.id, person, revision);
  state.pieces.set(piece, {
    person,
    pulseId: pulse.id,
    teamId: pulse.invited.get(person)!,
    score,
    committedAt: state.now,
  });
  state.answers.set(key, { piece, revision, firstCommittedAt: before?.firstCommittedAt ?? state.now });
}

/**
 * A publication run: freezes the atoms of every pulse that has closed and settled, decides each
 * period that is due, in order, then fills the person means of the cells it decided.
 */
function publish(state: HistoryState, decidePersonMeans: PersonMeanDecision): void {
  for (const pulse of state.pulses.filter((pulse) => !pulse.frozen && pulse.closesAt + SETTLE_AFTER <= state.now))
    freeze(state, pulse);
  const pulses = state.pulses.map(({ id, labels, closesAt, frozen }) => ({
    id,
    labels,
    closesAt: new Date(closesAt),
    published: frozen,
  }));
  const decided = periodsDue(pulses, periodLabelsOf(new Date(state.now)), state.decided).flatMap((period) =>
    decidePeriod(state, period),
  );
  fillPersonMeans(state, decided, decidePersonMeans);
}

function freeze(state: HistoryState, pulse: SimulatedPulse): void {
  const answers = [...state.answers.values()]
    .map((answer) => answer.piece)
    .filter((piece) => state.pieces.get(piece)!.pulseId === pulse.id);
  for (const teamId of new Set(pulse.invited.values())) {
    const pieces = answers.filter((piece) => state.pieces.get(piece)!.teamId === teamId);
    const id = atomId(pulse.id, teamId);
    const persons = pieces.map((piece) => state.pieces.get(piece)!.person);
    state.frozenAtoms.set(id, {
      pulseId: pulse.id,
      teamId,
      units: unitsContainingTeam(state.structure, teamId),
      persons,
      minGroupSize: state.minGroupSize,
    });
    state.contents.set(id, pieces);
  }
  pulse.frozen = true;
  pulse.commentMinGroupSize = state.commentMinGroupSize;
}
