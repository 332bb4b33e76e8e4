import 'server-only';
import { getReadDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { type OrgHeatmapRow, expandHeatmapRows } from '@/lib/domain/heatmap-views/expand-heatmap';
import type { HeatmapSort } from '@/lib/domain/heatmap-views/sort-heatmap-rows';
import { type OrgStructure, childUnits, unitExists } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { createCellBook } from '@/lib/domain/reports/cell-book';
import { type HeatmapReferenceRow, buildHeatmap, heatmapUnits } from '@/lib/domain/reports/heatmap';
import { latestShownPeriod } from '@/lib/domain/reports/latest-shown-period';
import { type PendingPeriod, pendingPeriod } from '@/lib/domain/reports/unit-trends';
import { type UnitKey, departmentUnit } from '@/lib/domain/rollups/units';
import { requireUnitAccess } from '@/lib/server/access/unit-access';
import { type UnpublishedPeriod, loadHeatmapData } from './heatmap-data';
import { requestReportBase } from './request-report-base';
import type { Viewer } from '@/lib/server/access/viewer';

export interface OrgHeatmapView {
  unit: UnitKey;
  period: PeriodKind;
  /** The period shown, or null before the first pulse. */
  at: string | null;
  /** Every published period of the kind, oldest first. */
  available: string[];
  /** The organisation, then (for a department) the department itself: the heatmap's first rows. */
  references: HeatmapReferenceRow[];
  rows: OrgHeatmapRow[];
  /** The newest period, when it is not published yet. */
  pending: PendingPeriod | null;
}

export interface OrgHeatmapOptions {
  /** Departments whose own departments and teams are shown below them. */
  expand: readonly number[];
  sort: HeatmapSort | null;
}

/**
 * The heatmap of the units directly below the organisation or a department, with the expanded
 * departments opened up, sorted level by level. Every row is a row of `GET /api/v1/heatmap` for its
 * parent, so the page, the API and the export show the same cells. Without `at` (or, for the
 * pages, with an `at` that has no published results), the latest period in which something is
 * shown, as on the leaders' pages; `at` in the view is the period shown.
 */
export async function getOrgHeatmapView(
  viewer: Viewer,
  unit: UnitKey,
  kind: PeriodKind,
  at: string | undefined,
  options: OrgHeatmapOptions,
  unpublished: UnpublishedPeriod = 'refuse',
): Promise<OrgHeatmapView> {
  await requireUnitAccess(viewer, unit);
  const db = await getReadDb();
  const parents = [unit, ...options.expand.map(departmentUnit)];
  const units = (structure: OrgStructure) => heatmapUnits(structure, parents);
  const heatmap = await loadHeatmapData(
    db,
    { kind, at, unpublished, units, depth: { asked: 1, latest: 2 } },
    requestReportBase(db),
  );
  const { data } = heatmap;
  if (!unitExists(data.structure, unit)) throw new AppError('not_found', 'There is no such department.');
  const book = createCellBook(data);
  const children = childUnits(data.structure, unit).map((child) => child.unit);
  const chosen = heatmap.latest
    ? latestShownPeriod(heatmap.available.slice(-2), (label) =>
        children.some((child) => book.shown(child, kind, label)),
      )
    : heatmap.at;
  const rowsBelow = (below: UnitKey) => buildHeatmap(data, below, kind, chosen, book).rows;
  const { references, rows: top } = buildHeatmap(data, unit, kind, chosen, book);
  const rows = expandHeatmapRows(
    top,
    {
      rowsBelow: (id) => rowsBelow(departmentUnit(id)),
      hasRowsBelow: (id) => childUnits(data.structure, departmentUnit(id)).length > 0,
    },
    new Set(options.expand),
    options.sort,
  );
  return {
    unit,
    period: kind,
    at: chosen,
    available: heatmap.available,
    references,
    rows,
    pending: pendingPeriod(book, kind),
  };
}
