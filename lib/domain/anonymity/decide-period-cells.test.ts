import { describe, expect, it } from 'vitest';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { AtomPatterns, type PublicationAtom, atomId } from './atom-patterns';
import { type CellDecision, decidePeriodCells } from './decide-period-cells';

const people = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** Team `teamId`'s answers to pulse `pulseId`, frozen in department `departmentId`; k = 5. */
const atom = (pulseId: number, teamId: number, departmentId: number, persons: number[]): PublicationAtom => ({
  pulseId,
  teamId,
  units: [teamUnit(teamId), departmentUnit(departmentId), ORG_UNIT],
  persons,
  minGroupSize: 5,
});

/** Decides periods one after the other over the same published groups, as publication runs do. */
function publisher(atoms: PublicationAtom[]) {
  const patterns = new AtomPatterns();
  const atomsById = new Map(atoms.map((each) => [atomId(each.pulseId, each.teamId), each]));
  return (
    kind: PeriodKind,
    label: string,
    pulseIds: number[],
    commentMinGroupSize = 10,
  ): Map<UnitKey, CellDecision> => {
    const period = { kind, label, atoms: atoms.filter((each) => pulseIds.includes(each.pulseId)), commentMinGroupSize };
    return new Map(decidePeriodCells(period, patterns, atomsById).map((decision) => [decision.unit, decision]));
  };
}

const WEEKS = ['2026-W10', '2026-W11', '2026-W12', '2026-W13'];

describe('decidePeriodCells', () => {
  it('shows no week of a team of 6 answering with 3 or 4 a week, but shows its month', () => {
    const small = [
      [1, 2, 3],
      [2, 3, 4, 5],
      [4, 5, 6],
      [1, 5, 6],
    ];
    const atoms = small.flatMap((persons, index) => [
      atom(index + 1, 1, 1, persons),
      atom(index + 1, 2, 1, people(11, 20)),
    ]);
    const decide = publisher(atoms);
    for (const [index, week] of WEEKS.entries()) {
      const cells = decide('week', week, [index + 1]);
      expect(cells.get(teamUnit(1))?.status).toBe('too-few');
      expect(cells.get(departmentUnit(1))).toMatchObject({
        status: 'shown',
        atoms: [atomId(index + 1, 2)],
        heldBack: true,
      });
    }
    const month = decide('month', '2026-03', [1, 2, 3, 4]);
    expect(month.get(teamUnit(1))).toMatchObject({
      status: 'shown',
      atoms: [1, 2, 3, 4].map((pulse) => atomId(pulse, 1)),
      heldBack: false,
    });
    expect(month.get(departmentUnit(1))).toMatchObject({ status: 'shown', heldBack: false });
  });

  it('holds back the one small week of a team of 10 in its month and its department’s month, and pools it in the quarter where that is safe', () => {
    const weeks = [people(1, 8), people(1, 7), [2, 3, 4], people(1, 9)];
    const atoms = [...weeks.map((persons, index) => atom(index + 1, 1, 1, persons)), atom(3, 2, 1, [21, 22])];
    const decide = publisher(atoms);
    WEEKS.forEach((week, index) => decide('week', week, [index + 1]));
    const month = decide('month', '2026-03', [1, 2, 3, 4]);
    expect(month.get(teamUnit(1))).toMatchObject({ status: 'shown', heldBack: true });
    expect(month.get(teamUnit(1))?.atoms).not.toContain(atomId(3, 1));
    expect(month.get(departmentUnit(1))?.atoms).toEqual(month.get(teamUnit(1))?.atoms);
    // In the quarter the small week and team 2's two people are seen nowhere else: together they are 5.
    const quarter = decide('quarter', '2026-Q1', [1, 2, 3, 4]);
    expect(quarter.get(teamUnit(1))?.atoms).not.toContain(atomId(3, 1));
    expect(quarter.get(departmentUnit(1))).toMatchObject({ status: 'shown', heldBack: false });
    expect(quarter.get(departmentUnit(1))?.atoms).toEqual(expect.arrayContaining([atomId(3, 1), atomId(3, 2)]));

    // Without team 2, the small week alone would be 3 people: the department quarter leaves it out.
    const alone = publisher(atoms.filter((each) => each.teamId === 1));
    WEEKS.forEach((week, index) => alone('week', week, [index + 1]));
    alone('month', '2026-03', [1, 2, 3, 4]);
    expect(alone('quarter', '2026-Q1', [1, 2, 3, 4]).get(departmentUnit(1))).toMatchObject({
      status: 'shown',
      heldBack: true,
    });
  });

  it('leaves two teams too small for their months out of the department month, and pools them in the department quarter', () => {
    const atoms = [atom(1, 1, 1, [1, 2, 3]), atom(1, 2, 1, [11, 12]), atom(1, 3, 1, people(21, 28))];
    const decide = publisher(atoms);
    decide('week', WEEKS[0]!, [1]);
    const month = decide('month', '2026-03', [1]);
    expect(month.get(teamUnit(1))?.status).toBe('too-few');
    expect(month.get(teamUnit(2))?.status).toBe('too-few');
    expect(month.get(departmentUnit(1))).toMatchObject({ status: 'shown', atoms: [atomId(1, 3)], heldBack: true });
    const quarter = decide('quarter', '2026-Q1', [1]);
    expect(quarter.get(departmentUnit(1))).toMatchObject({
      status: 'shown',
      atoms: [atomId(1, 1), atomId(1, 2), atomId(1, 3)],
      heldBack: false,
    });
  });

  it('leaves a small team’s week out of its department’s week', () => {
    const cells = publisher([atom(1, 1, 1, [1, 2]), atom(1, 2, 1, people(11, 18))])('week', WEEKS[0]!, [1]);
    expect(cells.get(teamUnit(1))).toMatchObject({ status: 'too-few', atoms: [] });
    expect(cells.get(departmentUnit(1))).toMatchObject({ status: 'shown', atoms: [atomId(1, 2)], heldBack: true });
    expect(cells.get(ORG_UNIT)).toMatchObject({ status: 'shown', atoms: [atomId(1, 2)], heldBack: true });
  });

  it('counts a team moved mid-month in the department it was in at each pulse', () => {
    const atoms = [
      atom(1, 1, 1, people(1, 6)),
      atom(2, 1, 1, people(1, 6)),
      atom(3, 1, 2, people(1, 6)),
      atom(4, 1, 2, people(1, 6)),
    ];
    const decide = publisher([...atoms, ...[1, 2, 3, 4].map((pulse) => atom(pulse, 2, 1, people(11, 16)))]);
    WEEKS.forEach((week, index) => decide('week', week, [index + 1]));
    const month = decide('month', '2026-03', [1, 2, 3, 4]);
    expect(month.get(teamUnit(1))?.atoms).toEqual([1, 2, 3, 4].map((pulse) => atomId(pulse, 1)));
    expect(month.get(departmentUnit(1))?.atoms).toEqual(
      [atomId(1, 1), atomId(2, 1), ...[1, 2, 3, 4].map((pulse) => atomId(pulse, 2))].sort(),
    );
    expect(month.get(departmentUnit(2))).toMatchObject({ status: 'shown', atoms: [atomId(3, 1), atomId(4, 1)] });
  });

  it('shows a team month’s comments only when it shows at least the comment threshold of people, and no other cell’s', () => {
    const atoms = [atom(1, 1, 1, people(1, 10)), atom(1, 2, 1, people(11, 19))];
    const decide = publisher(atoms);
    const week = decide('week', WEEKS[0]!, [1], 10);
    expect([...week.values()].some((cell) => cell.comments)).toBe(false);
    const month = decide('month', '2026-03', [1], 10);
    expect(month.get(teamUnit(1))?.comments).toBe(true);
    expect(month.get(teamUnit(2))).toMatchObject({ status: 'shown', comments: false });
    expect(month.get(departmentUnit(1))?.comments).toBe(false);
  });
});
