import fc from 'fast-check';
import { type ConnectionLine, CONNECTION_LINES } from '@/lib/model/connection-lines';
import { buildOrgStructure, type DepartmentNode, type TeamNode, unitsContainingTeam } from '@/lib/organisation/org-structure';
import { PERIOD_KINDS, periodLabelsOf } from '@/lib/periods/period-labels';
import type { ReportData, ReportPulse } from '@/lib/reports/report-data';
import { cellKey, lineKey } from '@/lib/reports/report-data';
import { type ScoreCounts, EMPTY_COUNTS, addCounts, countsFromScores } from '@/lib/stats/score-counts';

/** Who answered: the persons behind each (team, pulse), the smallest pieces any figure is made of. */
export interface Atom {
  teamId: number;
  pulseId: number;
  persons: Set<number>;
}

export interface RandomOrganisation {
  data: ReportData;
  atoms: Atom[];
}

interface Shape {
  departments: { parent: number | null; teamSizes: number[] }[];
  pulseGaps: number[];
  participation: number[];
  moves: { person: number; pulse: number; toTeam: number }[];
  answers: number[];
}

/** Nested departments, teams from 1 to 12 people, sparse participation and people who move. */
const shapeArbitrary: fc.Arbitrary<Shape> = fc.record({
  departments: fc.array(
    fc.record({ parent: fc.option(fc.nat(5), { nil: null }), teamSizes: fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 })), { minLength: 0, maxLength: 4 }) }),
    { minLength: 1, maxLength: 6 },
  ),
  // Days between pulses: 0 puts two pulses in one week, 3 to 10 spreads them over weeks and months.
  pulseGaps: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 3, max: 10 })), { minLength: 2, maxLength: 9 }),
  participation: fc.array(fc.double({ min: 0.15, max: 1, noNaN: true }), { minLength: 30, maxLength: 30 }),
  moves: fc.array(fc.record({ person: fc.nat(200), pulse: fc.nat(9), toTeam: fc.nat(30) }), { maxLength: 12 }),
  answers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 64, maxLength: 64 }),
});

export const randomOrganisationArbitrary = (minGroupSize: number): fc.Arbitrary<RandomOrganisation> =>
  fc.tuple(shapeArbitrary, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true }))).map(([shape, coins]) => build(shape, coins, minGroupSize));

function build(shape: Shape, coins: fc.Stream<number>, minGroupSize: number): RandomOrganisation {
  const departments: DepartmentNode[] = shape.departments.map((d, index) => ({
    id: index + 1,
    name: `D${index + 1}`,
    // Only an earlier department can be a parent, so the tree has no cycles.
    parentId: d.parent !== null && index > 0 ? (d.parent % index) + 1 : null,
  }));
  const teams: TeamNode[] = [];
  const members: number[][] = [];
  let nextPerson = 1;
  shape.departments.forEach((d, index) =>
    d.teamSizes.forEach((size) => {
      teams.push({ id: teams.length + 1, name: `T${teams.length + 1}`, departmentId: index + 1 });
      members.push(Array.from({ length: size }, () => nextPerson++));
    }),
  );
  const structure = buildOrgStructure(departments, teams);

  let opensAt = new Date('2026-01-05T08:00:00Z');
  const pulses: ReportPulse[] = shape.pulseGaps.map((gap, index) => {
    opensAt = new Date(opensAt.getTime() + gap * 86_400_000 + (index === 0 ? 0 : 3_600_000));
    return { id: index + 1, labels: periodLabelsOf(opensAt) };
  });

  const teamOf = new Map<number, number>();
  members.forEach((people, index) => people.forEach((person) => teamOf.set(person, teams[index]!.id)));
  const iterator = coins[Symbol.iterator]();
  const coin = () => iterator.next().value as number;
  const atoms: Atom[] = [];
  const answers: { teamId: number; pulse: ReportPulse; person: number; counts: Map<ConnectionLine, ScoreCounts> }[] = [];
  pulses.forEach((pulse, pulseIndex) => {
    for (const move of shape.moves) {
      if (move.pulse === pulseIndex && teamOf.has(move.person) && teams.length > 0) teamOf.set(move.person, (move.toTeam % teams.length) + 1);
    }
    for (const team of teams) {
      const persons = new Set([...teamOf].filter(([, teamId]) => teamId === team.id).map(([person]) => person).filter(() => coin() < shape.participation[team.id % 30]!));
      atoms.push({ teamId: team.id, pulseId: pulse.id, persons });
      for (const person of persons) {
        const counts = new Map(CONNECTION_LINES.map((line) => [line, countsFromScores([shape.answers[(person * 7 + pulse.id * 3 + line) % 64]!, shape.answers[(person + pulse.id + line * 11) % 64]!])]));
        answers.push({ teamId: team.id, pulse, person, counts });
      }
    }
  });

  const respondentSets = new Map<string, Set<number>>();
  const lineCounts = new Map<string, ScoreCounts>();
  for (const answer of answers) {
    for (const unit of unitsContainingTeam(structure, answer.teamId)) {
      for (const kind of PERIOD_KINDS) {
        const key = cellKey(unit, kind, answer.pulse.labels[kind]);
        respondentSets.set(key, (respondentSets.get(key) ?? new Set()).add(answer.person));
        for (const [line, counts] of answer.counts) {
          const keyOfLine = lineKey(unit, kind, answer.pulse.labels[kind], line);
          lineCounts.set(keyOfLine, addCounts(lineCounts.get(keyOfLine) ?? EMPTY_COUNTS, counts));
        }
      }
    }
  }
  const teamPulseRespondents = new Map(pulses.map((pulse) => [pulse.id, new Map(atoms.filter((a) => a.pulseId === pulse.id).map((a) => [a.teamId, a.persons.size]))]));
  return {
    atoms,
    data: {
      structure,
      pulses,
      teamPulseRespondents,
      respondents: new Map([...respondentSets].map(([key, persons]) => [key, persons.size])),
      lineCounts,
      thresholds: { minGroupSize, commentMinGroupSize: Math.max(10, minGroupSize) },
    },
  };
}
