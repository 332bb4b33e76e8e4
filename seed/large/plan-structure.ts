import type { Random } from '@/seed/plan/random';
import {
  DEMO_DECLINING_DEPARTMENT,
  DEMO_DEPARTMENTS,
  DEMO_IMPROVING_TEAMS,
  DEMO_SMALL_TEAM,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import type { LargeDepartment, LargeSizes, LargeTeam } from './large-types';
import { type TeamCourse, gradualDecline, planTeamLines } from '@/seed/plan/team-lines';
import { distributeMembers } from './team-sizes';
import { DIVISIONS, REGIONS, SITES, TEAM_FUNCTIONS, nthName } from './unit-names';

/** Teams per generated department, on average. */
const TEAMS_PER_DEPARTMENT = 7;
const SMALL_TEAM_SHARE = 0.02;
const IMPROVING_SHARE = 0.06;
const DECLINING_SHARE = 0.04;
const PARTICIPATION = [0.5, 0.95] as const;

export interface PlannedStructure {
  departments: LargeDepartment[];
  teams: LargeTeam[];
  /** Ids of the demo's departments and teams by name, for the demo accounts. */
  demoDepartmentIds: ReadonlyMap<string, number>;
  demoTeamIds: ReadonlyMap<string, number>;
}

/**
 * The demo organisation (so that its accounts keep their teams and departments) with generated
 * divisions around it: regions below divisions, sites below some regions, teams at every level.
 * `generatedPeople` members are spread over the generated teams; the demo's teams keep their sizes.
 */
export function planStructure(random: Random, sizes: LargeSizes, generatedPeople: number): PlannedStructure {
  const pulseCount = sizes.weeks;
  const departments: LargeDepartment[] = [];
  const demoDepartmentIds = new Map<string, number>();
  for (const demo of DEMO_DEPARTMENTS) {
    const id = departments.length + 1;
    departments.push({
      id,
      name: demo.name,
      parentId: demo.parent === null ? null : (demoDepartmentIds.get(demo.parent) ?? null),
    });
    demoDepartmentIds.set(demo.name, id);
  }

  const teams: LargeTeam[] = [];
  const demoTeamIds = new Map<string, number>();
  const integrityDrop = {
    line: 4 as const,
    from: Math.max(1, pulseCount - 10),
    by: -1.0,
    over: 1,
    shape: 'linear' as const,
  };
  for (const demo of DEMO_DEPARTMENTS) {
    for (const team of demo.teams) {
      const course: TeamCourse =
        team.name === DEMO_TEAM_B
          ? { change: gradualDecline(2, pulseCount, -1.5) }
          : demo.name === DEMO_DECLINING_DEPARTMENT
            ? { change: integrityDrop }
            : DEMO_IMPROVING_TEAMS.includes(team.name)
              ? 'improving'
              : 'stable';
      const id = teams.length + 1;
      const fixed = [DEMO_TEAM_A, DEMO_TEAM_B, DEMO_SMALL_TEAM].includes(team.name);
      teams.push({
        id,
        name: team.name,
        departmentId: idOf(demoDepartmentIds, demo.name),
        size: team.size,
        lines: planTeamLines(random, course, pulseCount, PARTICIPATION),
        fixed,
      });
      demoTeamIds.set(team.name, id);
    }
  }

  const generatedTeams = sizes.teams - teams.length;
  if (generatedTeams < 1) throw new Error(`--teams must exceed the ${teams.length} teams of the demo organisation`);
  const generatedDepartments = planDepartments(
    random,
    Math.ceil(generatedTeams / TEAMS_PER_DEPARTMENT),
    departments.length + 1,
  );
  departments.push(...generatedDepartments);

  const smallCount = Math.max(1, Math.round(generatedTeams * SMALL_TEAM_SHARE));
  const teamSizes = distributeMembers(random, generatedTeams, smallCount, generatedPeople);
  // One department of the generated part has its integrity line drop, as the demo's Verkoop & Marketing does.
  const regions = generatedDepartments.filter((department) => department.parentId !== null);
  const droppingDepartment = random.pick(regions.length > 0 ? regions : generatedDepartments).id;
  const homes = [
    ...random.shuffle(generatedDepartments),
    ...Array.from({ length: Math.max(0, generatedTeams - generatedDepartments.length) }, () =>
      random.pick(generatedDepartments),
    ),
  ];
  homes.slice(0, generatedTeams).forEach((department, index) => {
    const size = teamSizes[index] ?? 0;
    const draw = random.uniform(0, 1);
    const course: TeamCourse =
      department.id === droppingDepartment
        ? { change: integrityDrop }
        : draw < IMPROVING_SHARE
          ? 'improving'
          : draw < IMPROVING_SHARE + DECLINING_SHARE
            ? 'declining'
            : 'stable';
    teams.push({
      id: teams.length + 1,
      name: `${random.pick(TEAM_FUNCTIONS)} ${index + 1}`,
      departmentId: department.id,
      size,
      lines: planTeamLines(random, course, pulseCount, PARTICIPATION),
      fixed: index < smallCount,
    });
  });
  return { departments, teams, demoDepartmentIds, demoTeamIds };
}

/** Divisions at the top, regions below them, and sites below some regions: up to three levels. */
function planDepartments(random: Random, count: number, firstId: number): LargeDepartment[] {
  const divisionCount = Math.max(1, Math.round(count / 7));
  const planned: (LargeDepartment & { depth: number; children: number })[] = [];
  for (let index = 0; index < count; index++) {
    const id = firstId + index;
    if (index < divisionCount) {
      planned.push({ id, name: nthName(DIVISIONS, index), parentId: null, depth: 1, children: 0 });
      continue;
    }
    const regions = planned.filter((d) => d.depth === 2);
    const parent =
      regions.length > 0 && random.bernoulli(0.3)
        ? random.pick(regions)
        : random.pick(planned.filter((d) => d.depth === 1));
    const name = `${parent.name} ${nthName(parent.depth === 1 ? REGIONS : SITES, parent.children)}`;
    parent.children += 1;
    planned.push({ id, name, parentId: parent.id, depth: parent.depth + 1, children: 0 });
  }
  return planned.map(({ id, name, parentId }) => ({ id, name, parentId }));
}

function idOf(ids: ReadonlyMap<string, number>, name: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`no department named ${name}`);
  return id;
}
