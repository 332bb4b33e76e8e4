import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OrgStructure, teamsInUnit } from '@/lib/organisation/org-structure';
import { PERIOD_KINDS } from '@/lib/periods/period-labels';
import { createCellBook } from '@/lib/reports/cell-book';
import { type UnitKey, ORG_UNIT, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { atomKey, findIsolatedSmallGroups, type ShownFigure } from './testing/differencing-attacker';
import { type RandomOrganisation, randomOrganisationArbitrary } from './testing/random-organisation';

function allUnits(structure: OrgStructure): UnitKey[] {
  return [ORG_UNIT, ...[...structure.departments.keys()].map(departmentUnit), ...[...structure.teams.keys()].map(teamUnit)];
}

/** Everything the HR export shows (restricted to some units for a leader's or a head's view). */
function shownFigures({ data }: RandomOrganisation, units: UnitKey[]): ShownFigure[] {
  const book = createCellBook(data);
  return units.flatMap((unit) =>
    PERIOD_KINDS.flatMap((kind) =>
      book
        .periods(kind)
        .filter((label) => !book.cell(unit, kind, label, 1).suppressed)
        .map((label) => {
          const pulseIds = data.pulses.filter((pulse) => pulse.labels[kind] === label).map((pulse) => pulse.id);
          const teamIds = teamsInUnit(data.structure, unit);
          return { name: `${unit} ${label}`, atoms: new Set(teamIds.flatMap((teamId) => pulseIds.map((pulseId) => atomKey(teamId, pulseId)))) };
        }),
    ),
  );
}

const runs = { numRuns: 150 };

describe('differencing protection', { timeout: 120_000 }, () => {
  for (const k of [3, 5, 7]) {
    it(`lets no sum or difference of the HR export isolate 1 to ${k - 1} respondents (k = ${k})`, () => {
      fc.assert(
        fc.property(randomOrganisationArbitrary(k), (org) => {
          expect(findIsolatedSmallGroups(shownFigures(org, allUnits(org.data.structure)), org.atoms, k)).toEqual([]);
        }),
        runs,
      );
    });
  }

  it('holds for what a leader of some teams and a department head see', () => {
    fc.assert(
      fc.property(randomOrganisationArbitrary(5), fc.nat(), (org, pick) => {
        const teamIds = [...org.data.structure.teams.keys()];
        const departmentIds = [...org.data.structure.departments.keys()];
        fc.pre(teamIds.length > 0);
        const leaderUnits = teamIds.filter((_, index) => (index + pick) % 3 === 0).map(teamUnit);
        const headDepartment = departmentUnit(departmentIds[pick % departmentIds.length]!);
        const headUnits = [headDepartment, ...teamIds.filter((id) => teamsInUnit(org.data.structure, headDepartment).includes(id)).map(teamUnit)];
        for (const units of [leaderUnits, headUnits]) {
          expect(findIsolatedSmallGroups(shownFigures(org, units), org.atoms, 5)).toEqual([]);
        }
      }),
      runs,
    );
  });

  it('catches the leaks of a rule that only checks each cell against k', () => {
    const naiveFigures = (org: RandomOrganisation) =>
      allUnits(org.data.structure).flatMap((unit) =>
        PERIOD_KINDS.flatMap((kind) =>
          [...new Set(org.data.pulses.map((pulse) => pulse.labels[kind]))]
            .filter((label) => (org.data.respondents.get(`${unit}|${kind}|${label}`) ?? 0) >= 5)
            .map((label) => {
              const pulseIds = org.data.pulses.filter((pulse) => pulse.labels[kind] === label).map((pulse) => pulse.id);
              const teamIds = teamsInUnit(org.data.structure, unit);
              return { name: `${unit} ${label}`, atoms: new Set(teamIds.flatMap((teamId) => pulseIds.map((pulseId) => atomKey(teamId, pulseId)))) };
            }),
        ),
      );
    expect(() =>
      fc.assert(
        fc.property(randomOrganisationArbitrary(5), (org) => findIsolatedSmallGroups(naiveFigures(org), org.atoms, 5).length === 0),
        runs,
      ),
    ).toThrow(/Property failed/);
  });
});
