import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { ORG_UNIT, departmentUnit, teamUnit } from '@/lib/domain/rollups/units';
import { createCellBook } from './cell-book';
import { type ComparedUnits, type RowComparisons, compareUnits, flagComparisons } from './comparisons';
import type { ReportData } from './report-data';
import { type UnitTrends, buildUnitTrends } from './unit-trends';

export interface TeamTrends extends Omit<UnitTrends, 'unit'> {
  teamId: number;
  /** Per period (as the points), the team's differences from its department and from the organisation. */
  comparisons: ({ period: string } & RowComparisons)[];
}

/**
 * A team's four lines and connection score over time, in the shape of
 * `GET /api/v1/teams/{teamId}/trends`, with its differences from its department and the
 * organisation in each period: one view, whose comparisons are weighed together.
 */
export function buildTeamTrends(data: ReportData, teamId: number, kind: PeriodKind): TeamTrends {
  const book = createCellBook(data);
  const { unit, ...trends } = buildUnitTrends(data, teamUnit(teamId), kind, book);
  const departmentId = data.structure.teams.get(teamId)?.departmentId;
  const compared: ComparedUnits[] = [];
  const against = (larger: typeof unit, label: string) => {
    const result = compareUnits(book, unit, larger, kind, label);
    compared.push(result);
    return result.comparison;
  };
  const comparisons = book.periods(kind).map((period) => ({
    period,
    department: departmentId === undefined ? null : against(departmentUnit(departmentId), period),
    organisation: against(ORG_UNIT, period),
  }));
  flagComparisons(compared);
  return { teamId, ...trends, comparisons };
}
