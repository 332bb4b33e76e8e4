import 'server-only';
import type { Database } from '@/db/client';
import { auditLog } from '@/db/schema';
import { AppError } from '@/lib/domain/errors';
import { unitExists } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { aggregatesCsv } from '@/lib/domain/reports/aggregates-export';
import { type Heatmap, buildHeatmap, heatmapUnits } from '@/lib/domain/reports/heatmap';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { type TeamTrends, buildTeamTrends } from '@/lib/domain/reports/team-trends';
import { type UnitKey, teamUnit } from '@/lib/domain/rollups/units';
import { loadHeatmapData } from './heatmap-data';
import { assertCanSeeTeamResults, assertCanSeeUnit } from '@/lib/server/access/report-access';
import { requestReportBase } from './request-report-base';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export async function getTeamTrends(db: Database, viewer: Viewer, teamId: number, kind: PeriodKind): Promise<TeamTrends> {
  await assertCanSeeTeamResults(db, viewer, teamId);
  const data = await loadReportData(db, { kinds: [kind], units: [teamUnit(teamId)] }, requestReportBase(db));
  return buildTeamTrends(data, teamId, kind);
}

/** The heatmap of the units directly below `unit` for the period `at` (the latest when absent). */
export async function getHeatmap(db: Database, viewer: Viewer, unit: UnitKey, kind: PeriodKind, at?: string): Promise<Heatmap> {
  await assertCanSeeUnit(db, viewer, unit);
  const heatmap = await loadHeatmapData(db, kind, at, (structure) => heatmapUnits(structure, [unit]), 1, requestReportBase(db));
  if (!unitExists(heatmap.data.structure, unit)) throw new AppError('not_found', 'There is no such department.');
  return buildHeatmap(heatmap.data, unit, kind, heatmap.at);
}

/** HR's export of every cell; recorded in the audit log. No export of individual answers exists. */
export async function exportAggregates(db: Database, viewer: Viewer, readDb: Database = db): Promise<string> {
  assertPermission(viewer, 'org:view');
  const csv = aggregatesCsv(await loadReportData(readDb, { kinds: ['week', 'month', 'quarter'] }));
  await db.insert(auditLog).values({ actorId: viewer.personId, action: 'export.aggregates', entity: 'aggregates', after: { rows: csv.split('\n').length - 2 } });
  return csv;
}
