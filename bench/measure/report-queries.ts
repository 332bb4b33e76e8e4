import { isDeepStrictEqual } from 'node:util';
import type { Database } from '@/db/client';
import { DEMO_HEAD_DEPARTMENT, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { loadOrgStructure } from '@/lib/queries/organisation/load-org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { aggregateRows, aggregatesCsv } from '@/lib/domain/reports/aggregates-export';
import { buildHeatmap, heatmapUnits } from '@/lib/domain/reports/heatmap';
import { heatmapWindow } from '@/lib/domain/reports/heatmap-window';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import type { ReportData } from '@/lib/domain/reports/report-data';
import { buildTeamTrends } from '@/lib/domain/reports/team-trends';
import { ORG_UNIT, type UnitKey, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { median, round, timeRuns } from '../support/stats';
import { type RawScope, loadRawReportData } from './raw-report-data';

export interface ReportScenario {
  name: string;
  /** What the page or API reads from the published cells (lib/queries/reports/load-report-data.ts)… */
  readStore: () => Promise<ReportData>;
  /** …the same figures aggregated from the raw answers over each cell's published definition… */
  readRaw: () => Promise<ReportData>;
  /** …and what it builds from them (statistics, changes, layout). */
  build: (data: ReportData) => unknown;
  /** The raw path reads every answer: time it once, without a warm-up. */
  heavy?: boolean;
}

export interface ReportQueryResult {
  scenario: string;
  storeReadMs: number;
  rawReadMs: number;
  buildMs: number;
  /** Raw read time over the store's read time: what publishing the figures once saves on the database. */
  readSpeedup: number;
  /** The same including the report building both paths share. */
  endToEndSpeedup: number;
  cellsCompared: number;
  identical: boolean;
  runs: { store: number; raw: number };
}

/** The dashboards' reads: HR's organisation heatmap, a head's department heatmap, a leader's team trends, HR's export. */
export async function reportScenarios(db: Database): Promise<ReportScenario[]> {
  const structure = await loadOrgStructure(db);
  const teamB = [...structure.teams.values()].find((team) => team.name === DEMO_TEAM_B);
  const head = [...structure.departments.values()].find((department) => department.name === DEMO_HEAD_DEPARTMENT);
  if (!teamB || !head) throw new Error('the database lacks the demo teams: seed it with the demo or the large seed');
  const { publishedPeriods } = await loadReportData(db, { kinds: ['quarter'], units: [ORG_UNIT] });

  // The latest published period and the one before it, for the units directly below, as lib/server/reports/heatmap-data.ts reads;
  // by month, the report pages' default period.
  const heatmap = (unit: UnitKey, kind: PeriodKind): ReportScenario => {
    const { at, labels } = heatmapWindow(publishedPeriods, kind, null, 1);
    const units = heatmapUnits(structure, [unit]);
    return {
      name: `${unit === ORG_UNIT ? 'organisation' : 'department'} heatmap, ${kind}`,
      readStore: () => loadReportData(db, { kinds: [kind], labels: () => labels, units }),
      readRaw: () => loadRawReportData(db, { kinds: [kind], labels, units }),
      build: (data) => buildHeatmap(data, unit, kind, at),
    };
  };
  const trends = (kind: PeriodKind): ReportScenario => ({
    name: `team trends, every ${kind}`,
    readStore: () => loadReportData(db, { kinds: [kind], units: [teamUnit(teamB.id)] }),
    readRaw: () => loadRawReportData(db, { kinds: [kind], labels: null, units: [teamUnit(teamB.id)] }),
    build: (data) => buildTeamTrends(data, teamB.id, kind),
  });
  const everything: RawScope = { kinds: ['week', 'month', 'quarter'], labels: null, units: null };
  return [
    heatmap(ORG_UNIT, 'month'),
    heatmap(departmentUnit(head.id), 'month'),
    trends('week'),
    trends('month'),
    {
      name: 'aggregates export, every cell',
      readStore: () => loadReportData(db, { kinds: everything.kinds }),
      readRaw: () => loadRawReportData(db, everything),
      build: (data) => aggregatesCsv(aggregateRows(data)),
      heavy: true,
    },
  ];
}

/** Times both paths of each scenario and checks that they hold the same figures and build the same report. */
export async function measureReportQueries(
  scenarios: readonly ReportScenario[],
  runs: { store: number; raw: number },
): Promise<ReportQueryResult[]> {
  const results: ReportQueryResult[] = [];
  for (const scenario of scenarios) {
    const store = await timeRuns(runs.store, scenario.readStore);
    const rawRuns = scenario.heavy ? 1 : runs.raw;
    const raw = await timeRuns(rawRuns, scenario.readRaw, !scenario.heavy);
    const build = await timeRuns(runs.store, () => Promise.resolve(scenario.build(store.result)));
    const fromStore = figures(store.result);
    const identical =
      isDeepStrictEqual(fromStore, figures(raw.result)) && isDeepStrictEqual(build.result, scenario.build(raw.result));
    const storeReadMs = median(store.samples);
    const rawReadMs = median(raw.samples);
    const buildMs = median(build.samples);
    results.push({
      scenario: scenario.name,
      storeReadMs: round(storeReadMs, 2),
      rawReadMs: round(rawReadMs, 1),
      buildMs: round(buildMs, 2),
      readSpeedup: round(rawReadMs / storeReadMs),
      endToEndSpeedup: round((rawReadMs + buildMs) / (storeReadMs + buildMs)),
      cellsCompared: fromStore.length,
      identical,
      runs: { store: runs.store, raw: rawRuns },
    });
  }
  return results;
}

/** The cells of report data in a canonical order. */
function figures(data: ReportData) {
  return [...data.cells].sort(([a], [b]) => (a < b ? -1 : 1));
}
