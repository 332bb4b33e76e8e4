import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { teamUnit } from '@/lib/domain/rollups/units';
import type { ReportData } from './report-data';
import { type UnitTrends, buildUnitTrends } from './unit-trends';

export interface TeamTrends extends Omit<UnitTrends, 'unit'> {
  teamId: number;
}

/** A team's four lines over time, in the shape of `GET /api/v1/teams/{teamId}/trends`. */
export function buildTeamTrends(data: ReportData, teamId: number, kind: PeriodKind): TeamTrends {
  const { unit: _unit, ...trends } = buildUnitTrends(data, teamUnit(teamId), kind);
  return { teamId, ...trends };
}
