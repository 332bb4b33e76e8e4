import 'server-only';
import type { Database } from '@/db/client';
import { auditLog } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { unitExists } from '@/lib/organisation/org-structure';
import type { PeriodKind } from '@/lib/periods/period-labels';
import { aggregatesCsv } from '@/lib/reports/aggregates-export';
import { type Heatmap, buildHeatmap } from '@/lib/reports/heatmap';
import { loadInvitedByUnit } from '@/lib/reports/load-invited';
import { loadReportData } from '@/lib/reports/load-report-data';
import { type TeamTrends, buildTeamTrends } from '@/lib/reports/team-trends';
import { type UnitKey, teamUnit } from '@/lib/rollups/units';
import { assertCanSeeTeamResults, assertCanSeeUnit } from './report-access';
import { type Viewer, assertPermission } from './viewer';

export async function getTeamTrends(db: Database, viewer: Viewer, teamId: number, kind: PeriodKind): Promise<TeamTrends> {
  await assertCanSeeTeamResults(db, viewer, teamId);
  const data = await loadReportData(db, { kinds: [kind], units: [teamUnit(teamId)] });
  return buildTeamTrends(data, teamId, kind);
}

/** The heatmap of the units directly below `unit` for the period `at` (the latest when absent). */
export async function getHeatmap(db: Database, viewer: Viewer, unit: UnitKey, kind: PeriodKind, at?: string): Promise<Heatmap> {
  await assertCanSeeUnit(db, viewer, unit);
  let chosen: string | null = null;
  const data = await loadReportData(db, {
    kinds: [kind],
    labels: (available) => {
      chosen = at ?? available.at(-1) ?? null;
      if (at && !available.includes(at)) throw new AppError('invalid_input', `No pulse was asked in ${kind} ${at}.`);
      const index = chosen === null ? -1 : available.indexOf(chosen);
      return index < 0 ? [] : available.slice(Math.max(0, index - 1), index + 1);
    },
  });
  if (!unitExists(data.structure, unit)) throw new AppError('not_found', 'There is no such department.');
  const invited = chosen === null ? new Map<UnitKey, number>() : await loadInvitedByUnit(db, data.structure, kind, chosen);
  return buildHeatmap(data, unit, kind, chosen, invited);
}

/** HR's export of every cell; recorded in the audit log. No export of individual answers exists. */
export async function exportAggregates(db: Database, viewer: Viewer): Promise<string> {
  assertPermission(viewer, 'org:view');
  const csv = aggregatesCsv(await loadReportData(db, { kinds: ['week', 'month', 'quarter'] }));
  await db.insert(auditLog).values({ actorId: viewer.personId, action: 'export.aggregates', entity: 'aggregates', after: { rows: csv.split('\n').length - 2 } });
  return csv;
}
