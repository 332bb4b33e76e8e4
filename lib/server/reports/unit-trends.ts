import 'server-only';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/domain/errors';
import { unitExists } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { type UnitTrends, buildUnitTrends } from '@/lib/domain/reports/unit-trends';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { assertCanSeeUnit } from '@/lib/server/access/report-access';
import { requestReportBase } from './request-report-base';
import type { Viewer } from '@/lib/server/access/viewer';

/** The organisation's or a department's own four lines over every period, for HR and the department's heads. */
export async function getUnitTrends(db: Database, viewer: Viewer, unit: UnitKey, kind: PeriodKind): Promise<UnitTrends> {
  await assertCanSeeUnit(db, viewer, unit);
  const data = await loadReportData(db, { kinds: [kind], units: [unit] }, requestReportBase(db));
  if (!unitExists(data.structure, unit)) throw new AppError('not_found', 'There is no such department.');
  return buildUnitTrends(data, unit, kind);
}
