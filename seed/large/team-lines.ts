import type { Random } from '@/seed/plan/random';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';

/** A change of one line: gradual (accelerating up to the latest closed pulse) or a step that stays. */
export interface LineChange {
  line: ConnectionLine;
  /** Index of the first pulse that differs (0 = oldest). */
  from: number;
  by: number;
  shape: 'gradual' | 'step';
}

/** How a team answers: its participation and the expected score per line, pulse by pulse. */
export interface TeamLines {
  participation: number;
  baseline: Record<ConnectionLine, number>;
  /** Total rise over the whole history, spread evenly; 0 for a stable team. */
  improvement: number;
  change: LineChange | null;
}

export type TeamCourse = 'stable' | 'improving' | 'declining' | { drop: LineChange };

/** Participation between 50% and 95%; improving teams start lower so their rise is not flattened by the top of the scale. */
export function planTeamLines(random: Random, course: TeamCourse, pulseCount: number): TeamLines {
  const improving = course === 'improving';
  const baselineMax = improving ? 3.7 : 4.1;
  const baseline = Object.fromEntries(CONNECTION_LINES.map((line) => [line, random.uniform(3.3, baselineMax)])) as Record<ConnectionLine, number>;
  const lines: TeamLines = { participation: random.uniform(0.5, 0.95), baseline, improvement: improving ? random.uniform(0.5, 0.8) : 0, change: null };
  if (course === 'declining') {
    const line = random.pick(CONNECTION_LINES);
    baseline[line] = random.uniform(3.8, 4.1);
    lines.change = { line, from: Math.max(1, pulseCount - 13), by: -random.uniform(1.0, 1.5), shape: 'gradual' };
  } else if (typeof course === 'object') {
    lines.change = course.drop;
  }
  return lines;
}

/** The team's expected (unrounded) score on a line in the pulse with this index. */
export function expectedLineScore(lines: TeamLines, line: ConnectionLine, pulseIndex: number, pulseCount: number): number {
  const latest = Math.max(1, pulseCount - 1);
  let score = lines.baseline[line] + (lines.improvement * pulseIndex) / latest;
  const change = lines.change;
  if (change && change.line === line && pulseIndex >= change.from) {
    const span = Math.max(1, latest - 1 - change.from + 1);
    const progress = change.shape === 'step' ? 1 : Math.min(1, (pulseIndex - change.from + 1) / span) ** 2;
    score += change.by * progress;
  }
  return score;
}
