import 'server-only';
import { getReadDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import {
  type ParticipationOverTime,
  buildParticipationOverTime,
  periodsUpTo,
} from '@/lib/domain/heatmap-views/participation-over-time';
import { type OrgStructure, unitExists } from '@/lib/domain/organisation/org-structure';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { heatmapUnits } from '@/lib/domain/reports/heatmap';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { requireUnitAccess } from '@/lib/server/access/unit-access';
import type { Viewer } from '@/lib/server/access/viewer';
import { loadHeatmapData } from './heatmap-data';
import { requestReportBase } from './request-report-base';

/** How many periods the participation table looks back, the period shown included. */
export const PARTICIPATION_PERIODS = 6;

/**
 * Participation of the departments and teams directly below a unit over the periods up to `at`
 * (the latest when absent), each period exactly as the heatmap of that period gives it.
 */
export async function getParticipationOverTime(
  viewer: Viewer,
  unit: UnitKey,
  kind: PeriodKind,
  at: string | undefined,
): Promise<ParticipationOverTime> {
  await requireUnitAccess(viewer, unit);
  const db = await getReadDb();
  const depth = PARTICIPATION_PERIODS - 1;
  const units = (structure: OrgStructure) => heatmapUnits(structure, [unit]);
  const heatmap = await loadHeatmapData(
    db,
    { kind, at, unpublished: 'refuse', units, depth: { asked: depth, latest: depth } },
    requestReportBase(db),
  );
  if (!unitExists(heatmap.data.structure, unit)) throw new AppError('not_found', 'There is no such department.');
  const periods = periodsUpTo(heatmap.available, heatmap.at, PARTICIPATION_PERIODS);
  return buildParticipationOverTime(heatmap.data, unit, kind, periods);
}
