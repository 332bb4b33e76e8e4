import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackHistory } from './testing/history-checks';
import type { HistoryState } from './testing/history-state';
import { simulateHistory } from './testing/history-simulator';
import { publishedViews } from './testing/history-views';
import { oldRuleBreachHistory } from './testing/old-rule-breach-history';
import { randomHistoryArbitrary } from './testing/random-history';
import { retentionStraddleHistory } from './testing/retention-straddle-history';
import { findFigureBreaches } from './testing/rank-attacker';

/** What the random histories exercised, so a generator that stopped reaching a case is noticed. */
function coverage(state: HistoryState) {
  const atoms = [...state.frozenAtoms.values()];
  const shown = (kind: string, team: boolean) => state.published.some((cell) => cell.kind === kind && cell.unit.startsWith('team') === team);
  return {
    'a quarter boundary': new Set(state.pulses.map((pulse) => pulse.labels.quarter)).size > 1,
    'a team month': shown('month', true),
    'a department quarter': shown('quarter', false),
    'answers held back': state.published.some((cell) => cell.heldBack),
    comments: state.published.some((cell) => cell.comments),
    'a late commit': [...state.pieces.values()].some((piece) => piece.committedAt > state.pulses[piece.pulseId - 1]!.closesAt),
    'a team frozen in two places of the tree': new Set(atoms.map((atom) => `${atom.teamId} ${atom.units.join()}`)).size > new Set(atoms.map((atom) => atom.teamId)).size,
  };
}

describe('publication over time', { timeout: 120_000 }, () => {
  it('lets nothing served in any view, at any moment, isolate fewer than k people or a comment, or change', () => {
    const reached = new Map<string, number>();
    fc.assert(
      fc.property(randomHistoryArbitrary, (history) => {
        const simulated = simulateHistory(history, publishedViews);
        expect(attackHistory(simulated)).toEqual([]);
        for (const [name, hit] of Object.entries(coverage(simulated.state))) reached.set(name, (reached.get(name) ?? 0) + Number(hit));
      }),
      { numRuns: 200 },
    );
    for (const [name, count] of reached) expect(count, name).toBeGreaterThan(0);
  });

  it('gives nothing away on the history where the old rule gave away one person', () => {
    const simulated = simulateHistory(oldRuleBreachHistory, publishedViews);
    expect(attackHistory(simulated)).toEqual([]);
    const week = simulated.state.published.filter((cell) => cell.kind === 'week').map((cell) => [cell.unit, cell.heldBack]);
    expect(week).toEqual([['team:2', false], ['team:3', false], ['department:1', true], ['org', true]]);
  });

  it('splits no group whose people retention made uncountable', () => {
    expect(attackHistory(simulateHistory(retentionStraddleHistory, publishedViews))).toEqual([]);
  });
});

describe('the attacker', () => {
  const persons = new Map(['a1', 'a2', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'].map((piece, index) => [piece, { person: index + 1, pulseId: 1, teamId: 1, score: 3, committedAt: 0 }]));
  const figure = (name: string, ...pieces: string[]) => ({ name, pieces });

  it('subtracts the figures inside a figure', () => {
    const found = findFigureBreaches([figure('all', 'a1', 'a2', 'b1', 'b2', 'b3'), figure('b', 'b1', 'b2', 'b3')], persons, [], 3);
    expect(found).toContain('all − b: 2 people');
  });

  it('finds what only a combination of overlapping figures isolates', () => {
    const found = findFigureBreaches([figure('ab', 'a1', 'a2', 'b1', 'b2', 'b3'), figure('bc', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'), figure('ac', 'a1', 'a2', 'c1', 'c2', 'c3')], persons, [], 3);
    expect(found).toEqual(['a combination of figures isolates the group a1 a2: 2 people']);
  });

  it('finds nothing in figures whose groups all hold k people', () => {
    expect(findFigureBreaches([figure('bc', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'), figure('b', 'b1', 'b2', 'b3')], persons, [], 3)).toEqual([]);
  });
});
