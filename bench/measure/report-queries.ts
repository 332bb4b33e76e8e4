import { isDeepStrictEqual } from 'node:util';
import type { Database } from '@/db/client';
import { DEMO_HEAD_DEPARTMENT, DEMO_TEAM_B } from '@/db/seed/demo-structure';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import { periodKey } from '@/lib/periods/finished-periods';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { aggregatesCsv } from '@/lib/reports/aggregates-export';
import { buildHeatmap, heatmapUnits } from '@/lib/reports/heatmap';
import { heatmapWindow } from '@/lib/reports/heatmap-window';
import { loadInvitedByUnit } from '@/lib/reports/load-invited';
import { loadReportData } from '@/lib/reports/load-report-data';
import type { ReportData } from '@/lib/reports/report-data';
import { buildTeamTrends } from '@/lib/reports/team-trends';
import { ORG_UNIT, type UnitKey, departmentUnit, teamUnit } from '@/lib/rollups/units';
import { median, round, timeRuns } from '../lib/stats';
import { type RawScope, loadRawReportData } from './raw-report-data';

export interface ReportScenario {
  name: string;
  /** What the page or API reads from the rollups (lib/reports/load-report-data.ts)… */
  readRollups: () => Promise<ReportData>;
  /** …the same figures aggregated from the raw answers… */
  readRaw: () => Promise<ReportData>;
  /** …and what it builds from them (publication rule, statistics). */
  build: (data: ReportData) => unknown;
  /** The raw path reads every answer: time it once, without a warm-up. */
  heavy?: boolean;
}

export interface ReportQueryResult {
  scenario: string;
  rollupReadMs: number;
  rawReadMs: number;
  buildMs: number;
  /** Raw read time over rollup read time: what the rollups save on the database. */
  readSpeedup: number;
  /** The same including the report building both paths share. */
  endToEndSpeedup: number;
  cellsCompared: number;
  identical: boolean;
  runs: { rollup: number; raw: number };
}

/** The dashboards' reads: HR's organisation heatmap, a head's department heatmap, a leader's team trends, HR's export. */
export async function reportScenarios(db: Database): Promise<ReportScenario[]> {
  const structure = await loadOrgStructure(db);
  const teamB = [...structure.teams.values()].find((team) => team.name === DEMO_TEAM_B);
  const head = [...structure.departments.values()].find((department) => department.name === DEMO_HEAD_DEPARTMENT);
  if (!teamB || !head) throw new Error('the database lacks the demo teams: seed it with the demo or the large seed');
  const { pulses, finishedPeriods } = await loadReportData(db, { kinds: ['quarter'], units: [ORG_UNIT] });

  // The latest finished period and the one before it, for the units directly below, as lib/dal/heatmap-data.ts reads;
  // by month, the report pages' default period.
  const heatmap = async (unit: UnitKey, kind: PeriodKind): Promise<ReportScenario> => {
    const { at, labels } = heatmapWindow(pulses, kind, null, 1, (label) => !finishedPeriods || finishedPeriods.has(periodKey(kind, label)));
    const invited = at ? await loadInvitedByUnit(db, structure, kind, at) : new Map<UnitKey, number>();
    const units = heatmapUnits(structure, [unit]);
    return {
      name: `${unit === ORG_UNIT ? 'organisation' : 'department'} heatmap, ${kind}`,
      readRollups: () => loadReportData(db, { kinds: [kind], labels: () => labels, units }),
      readRaw: () => loadRawReportData(db, { kinds: [kind], labels, units }),
      build: (data) => buildHeatmap(data, unit, kind, at, invited),
    };
  };
  const trends = (kind: PeriodKind): ReportScenario => ({
    name: `team trends, every ${kind}`,
    readRollups: () => loadReportData(db, { kinds: [kind], units: [teamUnit(teamB.id)] }),
    readRaw: () => loadRawReportData(db, { kinds: [kind], labels: null, units: [teamUnit(teamB.id)] }),
    build: (data) => buildTeamTrends(data, teamB.id, kind),
  });
  const everything: RawScope = { kinds: ['week', 'month', 'quarter'], labels: null, units: null };
  return [
    await heatmap(ORG_UNIT, 'month'),
    await heatmap(departmentUnit(head.id), 'month'),
    trends('week'),
    trends('month'),
    {
      name: 'aggregates export, every cell',
      readRollups: () => loadReportData(db, { kinds: everything.kinds }),
      readRaw: () => loadRawReportData(db, everything),
      build: aggregatesCsv,
      heavy: true,
    },
  ];
}

/** Times both paths of each scenario and checks that they hold the same figures and build the same report. */
export async function measureReportQueries(scenarios: readonly ReportScenario[], runs: { rollup: number; raw: number }): Promise<ReportQueryResult[]> {
  const results: ReportQueryResult[] = [];
  for (const scenario of scenarios) {
    const rollup = await timeRuns(runs.rollup, scenario.readRollups);
    const rawRuns = scenario.heavy ? 1 : runs.raw;
    const raw = await timeRuns(rawRuns, scenario.readRaw, !scenario.heavy);
    const build = await timeRuns(runs.rollup, () => Promise.resolve(scenario.build(rollup.result)));
    const readByRollups = new Set(rollup.result.teamPulseRespondents.keys());
    const fromRollups = figures(rollup.result, readByRollups);
    const identical = isDeepStrictEqual(fromRollups, figures(raw.result, readByRollups)) && isDeepStrictEqual(build.result, scenario.build(raw.result));
    const rollupReadMs = median(rollup.samples);
    const rawReadMs = median(raw.samples);
    const buildMs = median(build.samples);
    results.push({
      scenario: scenario.name,
      rollupReadMs: round(rollupReadMs, 2),
      rawReadMs: round(rawReadMs, 1),
      buildMs: round(buildMs, 2),
      readSpeedup: round(rawReadMs / rollupReadMs),
      endToEndSpeedup: round((rawReadMs + buildMs) / (rollupReadMs + buildMs)),
      cellsCompared: fromRollups.respondents.length + fromRollups.lineCounts.length,
      identical,
      runs: { rollup: runs.rollup, raw: rawRuns },
    });
  }
  return results;
}

/**
 * The figures of report data in a canonical order, without empty rows (a rollup may keep a row
 * that fell to zero). Respondents per team and pulse only for `pulseIds`: the rollup path skips
 * the pulses whose anonymity blocks its process already knows.
 */
function figures(data: ReportData, pulseIds: ReadonlySet<number>) {
  const nonZero = <V>(entries: Iterable<[string, V]>, keep: (value: V) => boolean) => [...entries].filter(([, value]) => keep(value)).sort(([a], [b]) => (a < b ? -1 : 1));
  const teamPulse = [...data.teamPulseRespondents]
    .filter(([pulseId]) => pulseIds.has(pulseId))
    .flatMap(([pulseId, byTeam]) => [...byTeam].map(([teamId, n]): [string, number] => [`${pulseId}|${teamId}`, n]));
  return {
    respondents: nonZero(data.respondents, (n) => n > 0),
    lineCounts: nonZero(data.lineCounts, (counts) => counts.some((n) => n > 0)),
    teamPulse: nonZero(teamPulse, (n) => n > 0),
  };
}
