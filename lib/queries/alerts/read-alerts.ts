import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { alerts, teams } from '@/db/schema';
import type { AlertKind } from '@/lib/domain/alerts/alert-kinds';

export interface AlertEntry {
  id: number;
  kind: AlertKind;
  teamName: string;
  period: string | null;
  line: number | null;
  link: string;
  createdAt: Date;
  read: boolean;
}

/** The unread alerts the badge counts: one indexed count, nothing when the person turned the app's alerts off. */
export async function countUnreadAlerts(db: Database, personId: number): Promise<number> {
  const [row] = rowsOf<{ unread: number }>(
    await db.execute(sql`
      select count(*)::int as unread from alerts
      where person_id = ${personId} and read_at is null
        and not exists (select 1 from alert_preferences where person_id = ${personId} and not in_app)`),
  );
  return Number(row?.unread ?? 0);
}

/** A person's newest alerts, newest first. */
export async function listAlerts(db: Database, personId: number, limit = 50): Promise<AlertEntry[]> {
  const rows = await db
    .select({
      id: alerts.id,
      kind: alerts.kind,
      teamName: teams.name,
      period: alerts.period,
      line: alerts.line,
      link: alerts.link,
      createdAt: alerts.createdAt,
      readAt: alerts.readAt,
    })
    .from(alerts)
    .innerJoin(teams, eq(teams.id, alerts.teamId))
    .where(eq(alerts.personId, personId))
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(limit);
  return rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
}

/** Marks one of the person's alerts read (all when `alertId` is null); returns the link of the one, or null. */
export async function markAlertsRead(
  db: Database,
  personId: number,
  alertId: number | null,
): Promise<{ found: boolean; link: string | null }> {
  if (alertId === null) {
    await db
      .update(alerts)
      .set({ readAt: new Date() })
      .where(and(eq(alerts.personId, personId), isNull(alerts.readAt)));
    return { found: true, link: null };
  }
  const [own] = await db
    .select({ link: alerts.link })
    .from(alerts)
    .where(and(eq(alerts.personId, personId), eq(alerts.id, alertId)));
  if (!own) return { found: false, link: null };
  await db
    .update(alerts)
    .set({ readAt: sql`coalesce(${alerts.readAt}, now())` })
    .where(eq(alerts.id, alertId));
  return { found: true, link: own.link };
}
