import type { Database } from '@/db/client';
import type { OrgStructure } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { type ReportBase, loadReportBase } from './report-base';
import type { ReportData } from '@/lib/domain/reports/report-data';
import { readPublishedCells } from './read-published-cells';

export interface ReportScope {
  kinds: PeriodKind[];
  /** Picks the periods whose cells to read from the published periods (`kind|label`); all when absent. */
  labels?: (published: ReadonlySet<string>) => string[];
  /** Only these units' cells (or those picked from the structure); all when absent. */
  units?: UnitKey[] | ((structure: OrgStructure) => UnitKey[]);
}

/**
 * Reads what a report needs: the published cells in scope, never the answers or the rollups, so
 * every role, page, API and export shows the same cells, and shows them the same forever. A scope
 * that depends on neither the pulses nor the structure is read alongside `base`.
 */
export async function loadReportData(
  db: Database,
  scope: ReportScope,
  base: ReportBase | Promise<ReportBase> = loadReportBase(db),
): Promise<ReportData> {
  const fixedCells = !scope.labels && typeof scope.units !== 'function';
  const [{ structure, thresholds, pulses, publishedPeriods }, readCells] = await Promise.all([
    base,
    fixedCells ? readPublishedCells(db, { kinds: scope.kinds, units: scope.units as UnitKey[] | undefined }) : null,
  ]);
  const cells =
    readCells ??
    (await readPublishedCells(db, {
      kinds: scope.kinds,
      labels: scope.labels?.(publishedPeriods),
      units: typeof scope.units === 'function' ? scope.units(structure) : scope.units,
    }));
  return { structure, thresholds, pulses, publishedPeriods, cells };
}
