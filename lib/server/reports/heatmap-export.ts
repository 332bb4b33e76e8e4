import 'server-only';
import type { Database } from '@/db/client';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { heatmapViewCsv } from '@/lib/domain/heatmap-views/heatmap-view-csv';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { type OrgHeatmapOptions, getOrgHeatmapView } from './org-heatmap';
import type { Viewer } from '@/lib/server/access/viewer';

export interface HeatmapExport {
  csv: string;
  /** The period exported (the latest with results when none was asked). */
  at: string | null;
}

/**
 * One heatmap view as CSV, exactly as the page shows it, for whoever may see that heatmap (HR, a
 * department's heads); read from `readDb`, recorded in the audit log on `db`.
 */
export async function exportHeatmapView(
  db: Database,
  viewer: Viewer,
  unit: UnitKey,
  kind: PeriodKind,
  at: string | undefined,
  options: OrgHeatmapOptions,
  readDb: Database = db,
): Promise<HeatmapExport> {
  const view = await getOrgHeatmapView(readDb, viewer, unit, kind, at, options);
  await recordAudit(db, {
    actorId: viewer.personId,
    action: 'export.heatmap',
    entity: 'heatmap',
    entityId: unit,
    after: { period: kind, at: view.at, expand: options.expand, sort: options.sort, rows: view.rows.length },
  });
  return { csv: heatmapViewCsv(view), at: view.at };
}
