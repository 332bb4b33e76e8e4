import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { rollupUnitPeriod, rollupUnitPeriodLine } from '@/db/schema';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/model/connection-lines';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import type { ScoreCounts } from '@/lib/stats/score-counts';
import { scanJoinedRows } from './joined-rows';

export interface CellScope {
  kinds: readonly PeriodKind[];
  /** Only these periods; all when absent. */
  labels?: readonly string[];
  /** Only these units; all when absent. */
  units?: readonly UnitKey[];
}

export interface RollupCells {
  respondents: Map<string, number>;
  lineCounts: Map<string, ScoreCounts>;
}

/**
 * Respondents and score counts of the unit × period cells in scope. Each table comes back as one
 * text value (rows joined by ';', fields by ','; unit keys and period labels hold neither), which
 * Node scans far faster than it turns hundreds of thousands of rows into objects. Every unit's
 * score counts (the export's) are read one connection line per statement: Postgres joins them on
 * parallel backends while Node scans each one as it arrives.
 */
export async function readRollupCells(db: Database, scope: CellScope): Promise<RollupCells> {
  const cells = { respondents: new Map<string, number>(), lineCounts: new Map<string, ScoreCounts>() };
  if (scope.kinds.length === 0 || scope.labels?.length === 0 || scope.units?.length === 0) return cells;
  const where = (table: typeof rollupUnitPeriod | typeof rollupUnitPeriodLine, line?: ConnectionLine): SQL | undefined =>
    and(
      inArray(table.periodKind, [...scope.kinds]),
      scope.labels ? inArray(table.periodLabel, [...scope.labels]) : undefined,
      scope.units ? inArray(table.unit, [...scope.units]) : undefined,
      line === undefined ? undefined : eq(rollupUnitPeriodLine.line, line),
    );
  // Keys are built by Postgres exactly as cellKey and lineKey build them (report-data.ts); with
  // `||`, which is several times faster than concat_ws over hundreds of thousands of rows.
  const readRespondents = async () => {
    const rows = await db.execute(
      sql`select string_agg(unit || '|' || period_kind::text || '|' || period_label || ',' || respondents, ';') as rows from ${rollupUnitPeriod} where ${where(rollupUnitPeriod)}`,
    );
    scanJoinedRows(joinedText(rows), 1, (key, [respondents]) => cells.respondents.set(key, respondents!));
  };
  const readLines = async (line?: ConnectionLine) => {
    const rows = await db.execute(
      sql`select string_agg(unit || '|' || period_kind::text || '|' || period_label || '|' || line || ',' || score1 || ',' || score2 || ',' || score3 || ',' || score4 || ',' || score5, ';') as rows
        from ${rollupUnitPeriodLine} where ${where(rollupUnitPeriodLine, line)}`,
    );
    scanJoinedRows(joinedText(rows), 5, (key, [s1, s2, s3, s4, s5]) => cells.lineCounts.set(key, [s1!, s2!, s3!, s4!, s5!]));
  };
  await Promise.all([readRespondents(), ...(scope.units ? [readLines()] : CONNECTION_LINES.map(readLines))]);
  return cells;
}

const joinedText = (result: unknown): string => rowsOf<{ rows: string | null }>(result)[0]?.rows ?? '';
