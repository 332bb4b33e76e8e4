import 'server-only';
import { getDb, getReadDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { type OrgStructure, unitExists } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { type AggregateRow, aggregateRows, aggregatesCsv } from '@/lib/domain/reports/aggregates-export';
import type { ExportFormat } from '@/lib/domain/exports/export-request';
import { loadQuestionExportData } from '@/lib/queries/reports/question-export-data';
import { type Heatmap, buildHeatmap, heatmapUnits } from '@/lib/domain/reports/heatmap';
import { type TeamTrends, buildTeamTrends } from '@/lib/domain/reports/team-trends';
import { ORG_UNIT, type UnitKey, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { requireTeamAccess } from '@/lib/server/access/team-access';
import { requireUnitAccess } from '@/lib/server/access/unit-access';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { loadHeatmapData } from './heatmap-data';
import { requestReportBase } from './request-report-base';

export async function getTeamTrends(viewer: Viewer, teamId: number, kind: PeriodKind): Promise<TeamTrends> {
  await requireTeamAccess(viewer, teamId, 'results');
  const db = await getReadDb();
  // The team's department and the organisation too: the trend gives the team's differences from them.
  const units = (structure: OrgStructure) => {
    const departmentId = structure.teams.get(teamId)?.departmentId;
    return [teamUnit(teamId), ORG_UNIT, ...(departmentId === undefined ? [] : [departmentUnit(departmentId)])];
  };
  const data = await loadReportData(db, { kinds: [kind], units }, requestReportBase(db));
  return buildTeamTrends(data, teamId, kind);
}

/** The heatmap of the units directly below `unit` for the period `at` (the latest when absent). */
export async function getHeatmap(viewer: Viewer, unit: UnitKey, kind: PeriodKind, at?: string): Promise<Heatmap> {
  await requireUnitAccess(viewer, unit);
  const db = await getReadDb();
  const units = (structure: OrgStructure) => heatmapUnits(structure, [unit]);
  const heatmap = await loadHeatmapData(
    db,
    { kind, at, unpublished: 'refuse', units, depth: { asked: 1, latest: 1 } },
    requestReportBase(db),
  );
  if (!unitExists(heatmap.data.structure, unit)) throw new AppError('not_found', 'There is no such department.');
  return buildHeatmap(heatmap.data, unit, kind, heatmap.at);
}

/**
 * HR's export of every cell, read from the read database and recorded in the audit log with its
 * format. No export of individual answers exists.
 */
export async function readAggregateRows(viewer: Viewer, format: ExportFormat): Promise<AggregateRow[]> {
  assertPermission(viewer, 'org:view');
  const db = await getReadDb();
  const [data, questions] = await Promise.all([
    loadReportData(db, { kinds: ['week', 'month', 'quarter'] }),
    loadQuestionExportData(db),
  ]);
  const rows = aggregateRows(data, questions);
  await recordAudit(await getDb(), {
    actorId: viewer.personId,
    action: 'export.aggregates',
    entity: 'aggregates',
    after: { rows: rows.length, format },
  });
  return rows;
}

/** The aggregates in the data layout (`?layout=data`): stable column keys for scripts. */
export async function exportAggregates(viewer: Viewer): Promise<string> {
  return aggregatesCsv(await readAggregateRows(viewer, 'csv'));
}
