import 'server-only';
import { getReadDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { unitExists } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { type UnitTrends, buildUnitTrends } from '@/lib/domain/reports/unit-trends';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { requireUnitAccess } from '@/lib/server/access/unit-access';
import type { Viewer } from '@/lib/server/access/viewer';
import { requestReportBase } from './request-report-base';

/** The organisation's or a department's own four lines over every period, for HR and the department's heads. */
export async function getUnitTrends(viewer: Viewer, unit: UnitKey, kind: PeriodKind): Promise<UnitTrends> {
  await requireUnitAccess(viewer, unit);
  const db = await getReadDb();
  const data = await loadReportData(db, { kinds: [kind], units: [unit] }, requestReportBase(db));
  if (!unitExists(data.structure, unit)) throw new AppError('not_found', 'There is no such department.');
  return buildUnitTrends(data, unit, kind);
}
