import { describe, expect, it } from 'vitest';
import { ORG_UNIT, type UnitKey, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { AtomPatterns, type PublicationAtom, atomId } from './atom-patterns';
import { decidePeriodCells, publishedCellKey } from './decide-period-cells';
import { decideQuestionFigures, questionFigureKey } from './decide-question-figures';

const people = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

const atom = (pulseId: number, teamId: number, persons: number[], departmentId = 1): PublicationAtom => ({
  pulseId,
  teamId,
  units: [teamUnit(teamId), departmentUnit(departmentId), ORG_UNIT],
  persons,
  minGroupSize: 5,
});

/** Two of five items per pulse, as rotateItems asks them: {1,2}, {3,4}, {5,1}, {2,3}. */
const ROTATION: Record<number, number[]> = { 1: [1, 2], 2: [3, 4], 3: [5, 1], 4: [2, 3] };
const itemsOf = (id: string) => ROTATION[Number(id.split('|')[0])];

function decideMonth(atoms: PublicationAtom[], patterns = new AtomPatterns()) {
  const atomsById = new Map(atoms.map((each) => [atomId(each.pulseId, each.teamId), each]));
  const period = { kind: 'month' as const, label: '2026-03', atoms, commentMinGroupSize: 10 };
  const cells = decidePeriodCells(period, patterns, atomsById).filter((cell) => cell.status === 'shown');
  const questions = decideQuestionFigures(period, cells, patterns, atomsById, itemsOf);
  const figure = (unit: UnitKey, itemId: number) =>
    questions.find((question) => question.unit === unit && question.itemId === itemId);
  return { cells, questions, figure, patterns, atomsById };
}

describe('decideQuestionFigures', () => {
  it('hides the question of a small team’s shown month that only the week with three people asked', () => {
    // Six people, three or four a week: the month shows (6 ≥ 5); item 5 was asked only in week 3.
    const weeks = [
      [1, 2, 3],
      [2, 3, 4, 5],
      [4, 5, 6],
      [1, 5, 6],
    ];
    const { cells, figure } = decideMonth(weeks.map((persons, index) => atom(index + 1, 1, persons)));
    expect(cells.find((cell) => cell.unit === teamUnit(1))?.status).toBe('shown');
    expect(figure(teamUnit(1), 5)).toBeUndefined();
    // Item 1 (weeks 1 and 3) and item 3 (weeks 2 and 4) each cover six people, and so do the weeks they leave out.
    expect(figure(teamUnit(1), 1)).toMatchObject({ atoms: [atomId(1, 1), atomId(3, 1)], partial: true });
    expect(figure(teamUnit(1), 3)).toMatchObject({ atoms: [atomId(2, 1), atomId(4, 1)], partial: true });
  });

  it('hides a question whose weeks cover enough people when the weeks it leaves out cover too few', () => {
    // Item 5 (week 3) covers five people; the other three weeks together only three.
    const weeks = [[1, 2, 3], [1, 2], people(4, 8), [3]];
    const { figure } = decideMonth(weeks.map((persons, index) => atom(index + 1, 1, persons)));
    expect(figure(teamUnit(1), 5)).toBeUndefined();
  });

  it('publishes a question every atom of the cell asked without a group of its own', () => {
    const { figure, patterns } = decideMonth([atom(1, 1, people(1, 6)), atom(1, 2, people(11, 16))]);
    expect(figure(teamUnit(1), 1)).toMatchObject({ atoms: [atomId(1, 1)], partial: false });
    expect(figure(ORG_UNIT, 2)).toMatchObject({ partial: false });
    expect(patterns.holds(atomId(1, 1), questionFigureKey(publishedCellKey(teamUnit(1), 'month', '2026-03'), 1))).toBe(
      false,
    );
  });

  it('keeps the group a question splits off from being split below k by a later, coarser cell', () => {
    // The team counted in department 7 for weeks 1 and 2 and in department 8 for weeks 3 and 4.
    const weeks = [[1, 2, 3], people(9, 13), people(4, 8), people(14, 18)];
    const moved = weeks.map((persons, index) => atom(index + 1, 1, persons, index < 2 ? 7 : 8));
    const atomsById = new Map(moved.map((each) => [atomId(each.pulseId, each.teamId), each]));
    const month = publishedCellKey(teamUnit(1), 'month', '2026-03');
    const quarter = (patterns: AtomPatterns) =>
      decidePeriodCells(
        { kind: 'quarter', label: '2026-Q1', atoms: moved, commentMinGroupSize: 10 },
        patterns,
        atomsById,
      );

    const withoutQuestion = new AtomPatterns(moved.map((each) => [atomId(each.pulseId, each.teamId), month] as const));
    expect(quarter(withoutQuestion).find((cell) => cell.unit === departmentUnit(7))?.atoms).toEqual([
      atomId(1, 1),
      atomId(2, 1),
    ]);

    // Item 1's figure over weeks 1 and 3 (eight people, and ten left out) is a group of its own: week 1
    // alone (three people) may not be split off it, so department 7's quarter holds week 2 only.
    const withQuestion = new AtomPatterns(moved.map((each) => [atomId(each.pulseId, each.teamId), month] as const));
    const [question] = decideQuestionFigures(
      { kind: 'month', label: '2026-03', atoms: moved },
      [{ unit: teamUnit(1), atoms: moved.map((each) => atomId(each.pulseId, each.teamId)) }],
      withQuestion,
      atomsById,
      itemsOf,
    );
    expect(question).toMatchObject({ itemId: 1, partial: true });
    const department = quarter(withQuestion).find((cell) => cell.unit === departmentUnit(7));
    expect(department).toMatchObject({ status: 'shown', atoms: [atomId(2, 1)], heldBack: true });
  });

  it('gives no question figures to a cell holding an atom whose item counts could not be frozen', () => {
    const atoms = [atom(1, 1, people(1, 6))];
    const atomsById = new Map(atoms.map((each) => [atomId(each.pulseId, each.teamId), each]));
    const patterns = new AtomPatterns([[atomId(1, 1), publishedCellKey(teamUnit(1), 'month', '2026-03')]]);
    const questions = decideQuestionFigures(
      { kind: 'month', label: '2026-03', atoms },
      [{ unit: teamUnit(1), atoms: [atomId(1, 1)] }],
      patterns,
      atomsById,
      () => undefined,
    );
    expect(questions).toEqual([]);
  });
});
