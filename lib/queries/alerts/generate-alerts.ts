import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCells } from '@/db/schema';
import { ALERT_PERIOD_KIND, teamMonthAlerts } from '@/lib/domain/alerts/team-month-alerts';
import { buildTeamTrends } from '@/lib/domain/reports/team-trends';
import { teamUnit } from '@/lib/domain/rollups/units';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { recordAlerts } from './record-alerts';

/** One alert step at a time, whichever server or job runs it. */
const ALERT_LOCK = 7_300_418;

/**
 * The step after each publication run: takes the months published since it last looked and alerts
 * the leaders about the newest of them (a run that publishes several months at once, as the first
 * does, is news about the newest only). What it looked at is remembered in `alerted_periods`, in the
 * same transaction as the alerts, so running it twice alerts once. Returns how many alerts it recorded.
 */
export async function generateAlerts(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ALERT_LOCK})`);
    const claimed = rowsOf<{ period_label: string }>(
      await tx.execute(sql`
        insert into alerted_periods (period_kind, period_label)
        select period_kind, period_label from published_periods where period_kind = ${ALERT_PERIOD_KIND}
        on conflict do nothing
        returning period_label`),
    ).map((row) => row.period_label);
    const newest = claimed.sort().at(-1);
    return newest === undefined ? 0 : alertMonth(tx, newest);
  });
}

async function alertMonth(tx: Database, month: string): Promise<number> {
  const shownTeams = await tx
    .select({ unit: publishedCells.unit, comments: publishedCells.comments })
    .from(publishedCells)
    .where(
      and(
        eq(publishedCells.periodKind, ALERT_PERIOD_KIND),
        eq(publishedCells.periodLabel, month),
        eq(publishedCells.status, 'shown'),
        sql`${publishedCells.unit} like 'team:%'`,
      ),
    );
  if (shownTeams.length === 0) return 0;
  const data = await loadReportData(tx, {
    kinds: [ALERT_PERIOD_KIND],
    units: shownTeams.map((row) => row.unit as `team:${number}`),
  });
  const events = shownTeams.flatMap((row) => {
    const teamId = Number(row.unit.slice('team:'.length));
    if (teamUnit(teamId) !== row.unit) return [];
    return teamMonthAlerts(buildTeamTrends(data, teamId, ALERT_PERIOD_KIND), month, row.comments);
  });
  return recordAlerts(tx, events);
}
