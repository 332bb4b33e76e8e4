import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { Random } from './random';

/** A change of one line from a pulse on, building up to `by` over `over` pulses (1: a step that stays). */
export interface LineChange {
  line: ConnectionLine;
  /** Index of the first pulse that differs (0 = oldest). */
  from: number;
  by: number;
  over: number;
  /** Evenly, or accelerating towards the end. */
  shape: 'linear' | 'accelerating';
}

/** How a team answers: its participation and the expected score per line, pulse by pulse. */
export interface TeamLines {
  participation: number;
  baseline: Record<ConnectionLine, number>;
  /** Total rise over the whole history, spread evenly; 0 for a stable team. */
  improvement: number;
  change: LineChange | null;
}

/** A planned change, with the score its line holds before it when that matters to the story. */
export type TeamCourse = 'stable' | 'improving' | 'declining' | { change: LineChange; startsAt?: number };

/** The range a stable team's expected score per line is drawn from. */
export const BASELINE_RANGE = [3.3, 4.1] as const;

/**
 * A team's lines: a baseline per line, participation drawn from `participation`; improving teams
 * start lower so that their rise is not flattened against the top of the scale, and a declining
 * team falls on a drawn line over its latest pulses.
 */
export function planTeamLines(
  random: Random,
  course: TeamCourse,
  pulseCount: number,
  participation: readonly [number, number],
): TeamLines {
  const improving = course === 'improving';
  const baselineMax = improving ? 3.7 : BASELINE_RANGE[1];
  const baseline = Object.fromEntries(
    CONNECTION_LINES.map((line) => [line, random.uniform(BASELINE_RANGE[0], baselineMax)]),
  ) as Record<ConnectionLine, number>;
  if (typeof course === 'object' && course.startsAt !== undefined) baseline[course.change.line] = course.startsAt;
  const lines: TeamLines = {
    participation: random.uniform(...participation),
    baseline,
    improvement: improving ? random.uniform(0.5, 0.8) : 0,
    change: typeof course === 'object' ? course.change : null,
  };
  if (course === 'declining') {
    const line = random.pick(CONNECTION_LINES);
    baseline[line] = random.uniform(3.8, 4.1);
    lines.change = gradualDecline(line, pulseCount, -random.uniform(1.0, 1.5));
  }
  return lines;
}

/** A fall that starts 13 pulses before the latest and accelerates up to the latest closed pulse. */
export function gradualDecline(line: ConnectionLine, pulseCount: number, by: number): LineChange {
  const from = Math.max(1, pulseCount - 13);
  return { line, from, by, over: Math.max(1, pulseCount - 1 - from), shape: 'accelerating' };
}

/** The team's expected (unrounded) score on a line in the pulse with this index, 0 being the oldest. */
export function expectedLineScore(
  lines: TeamLines,
  line: ConnectionLine,
  pulseIndex: number,
  pulseCount: number,
): number {
  const latest = Math.max(1, pulseCount - 1);
  let score = lines.baseline[line] + (lines.improvement * pulseIndex) / latest;
  const change = lines.change;
  if (change && change.line === line && pulseIndex >= change.from) {
    const progress = Math.min(1, (pulseIndex - change.from + 1) / change.over);
    score += change.by * (change.shape === 'accelerating' ? progress ** 2 : progress);
  }
  return score;
}
