import 'server-only';
import { getDb } from '@/db';
import { heatmapViewCsv } from '@/lib/domain/heatmap-views/heatmap-view-csv';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import type { Viewer } from '@/lib/server/access/viewer';
import type { ExportFormat } from '@/lib/domain/exports/export-request';
import { type OrgHeatmapOptions, type OrgHeatmapView, getOrgHeatmapView } from './org-heatmap';

export interface HeatmapExport {
  /** The data layout (`?layout=data`): stable column keys for scripts. */
  csv: string;
  view: OrgHeatmapView;
  /** The period exported (the latest with results when none was asked). */
  at: string | null;
}

/**
 * One heatmap view, exactly as the page shows it, for whoever may see that heatmap (HR, a
 * department's heads); read as the page reads it, recorded in the audit log on the primary.
 */
export async function exportHeatmapView(
  viewer: Viewer,
  unit: UnitKey,
  kind: PeriodKind,
  at: string | undefined,
  options: OrgHeatmapOptions,
  format: ExportFormat = 'csv',
): Promise<HeatmapExport> {
  const view = await getOrgHeatmapView(viewer, unit, kind, at, options);
  await recordAudit(await getDb(), {
    actorId: viewer.personId,
    action: 'export.heatmap',
    entity: 'heatmap',
    entityId: unit,
    after: { period: kind, at: view.at, expand: options.expand, sort: options.sort, rows: view.rows.length, format },
  });
  return { csv: heatmapViewCsv(view), view, at: view.at };
}
