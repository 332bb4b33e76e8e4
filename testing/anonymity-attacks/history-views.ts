import { unitsContainingTeam } from '@/lib/domain/organisation/org-structure';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { liveRespondentBand } from '@/lib/domain/anonymity/live-respondent-band';
import {
  type CommentSet,
  type HistoryState,
  type LiveValue,
  type PersonMeanSums,
  type RecordedView,
  HOUR,
  ancestors,
  openPulse,
} from './history-state';

const quarterOfMonth = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/**
 * What the new rule serves after an event: HR sees every published cell, with its person means where
 * they were published, each department head the cells of their departments and the teams below them,
 * each leader their team's — all in the structure of the moment, all read from the published cells
 * alone. Comments of a team month
 * decided with comments, in its month's view and its quarter's; the open pulse's participation as
 * of the last whole hour, rounded down to a multiple of k and nothing below k.
 */
export function publishedViews(state: HistoryState): Omit<RecordedView, 'event'>[] {
  const comments = commentSets(state);
  const live = liveParticipation(state);
  const viewOf = (viewer: string, units: ReadonlySet<UnitKey>) => {
    const cells = state.published.filter((cell) => units.has(cell.unit));
    return {
      viewer,
      figures: cells.flatMap((cell) => cell.figures),
      personMeans: cells.flatMap((cell) => (cell.personMeans ? withComposite(cell.personMeans) : [])),
      comments: comments.filter((set) => units.has(set.unit)).map((set) => set.comments),
      live: live.filter((value) => units.has(value.unit)).map((value) => value.live),
    };
  };
  const teamIds = [...state.teams.keys()];
  const below = (departmentId: number) => [
    ...[...state.departments.keys()].filter((id) => ancestors(state, id).includes(departmentId)).map(departmentUnit),
    ...teamIds
      .filter((teamId) => unitsContainingTeam(state.structure, teamId).includes(departmentUnit(departmentId)))
      .map(teamUnit),
  ];
  return [
    viewOf('hr', new Set([ORG_UNIT, ...[...state.departments.keys()].map(departmentUnit), ...teamIds.map(teamUnit)])),
    ...[...state.departments.keys()].map((id) => viewOf(`head of department ${id}`, new Set(below(id)))),
    ...teamIds.map((id) => viewOf(`leader of team ${id}`, new Set([teamUnit(id)]))),
  ];
}

/**
 * A cell's person-mean figure and, served beside it as the server does (the fifth entry of
 * published_cells.person_means), the connection score's: the same terms, each term's mean of its
 * line means. The simulated answers have one line, so its value is the line's; the attacker holds it
 * as a figure of its own all the same (lib/domain/anonymity/person-mean-terms.ts: the rule weighs terms).
 */
export function withComposite(figure: PersonMeanSums): PersonMeanSums[] {
  return [figure, { ...figure, name: `${figure.name} composite`, composite: true }];
}

function commentSets(state: HistoryState): { unit: UnitKey; comments: CommentSet }[] {
  const months = state.published.filter((cell) => cell.comments);
  const quarters = new Map<string, { unit: UnitKey; comments: CommentSet }>();
  for (const month of months) {
    const name = `${month.unit}|quarter|${quarterOfMonth(month.label)}|comments`;
    const quarter = quarters.get(name) ?? { unit: month.unit, comments: { name, atoms: [], threshold: 0 } };
    const atoms = [...quarter.comments.atoms, ...month.figures[0]!.atoms];
    quarters.set(name, {
      unit: month.unit,
      comments: { name, atoms, threshold: Math.max(quarter.comments.threshold, month.commentMinGroupSize) },
    });
  }
  return [
    ...months.map((month) => ({
      unit: month.unit,
      comments: {
        name: `${month.unit}|month|${month.label}|comments`,
        atoms: month.figures[0]!.atoms,
        threshold: month.commentMinGroupSize,
      },
    })),
    ...quarters.values(),
  ];
}

function liveParticipation(state: HistoryState): { unit: UnitKey; live: LiveValue }[] {
  const pulse = openPulse(state);
  if (!pulse) return [];
  const hour = Math.floor(state.now / HOUR) * HOUR;
  const k = state.minGroupSize;
  const answered = [...state.answers.values()]
    .filter((answer) => answer.firstCommittedAt <= hour)
    .map((answer) => state.pieces.get(answer.piece)!);
  return [...new Set(pulse.invited.values())].map((teamId) => {
    const count = answered.filter((piece) => piece.pulseId === pulse.id && piece.teamId === teamId).length;
    return {
      unit: teamUnit(teamId),
      live: { name: `pulse ${pulse.id} team ${teamId}`, hour, minGroupSize: k, value: liveRespondentBand(count, k) },
    };
  });
}
