import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { alerts } from '@/db/schema';
import { type AlertKind, alertLinkSchema } from '@/lib/domain/alerts/alert-kinds';
import { alertRecipients } from './alert-recipients';

export interface AlertEvent {
  kind: AlertKind;
  teamId: number;
  /** A page of the app that shows what happened, and nothing more than the alert needs. */
  link: string;
  /** Names the event: recording it again alerts nobody twice. */
  key: string;
  /** The month it is about, if any. */
  period?: string | null;
  /** The connection line that dropped. */
  line?: number | null;
  /**
   * A leader or HR person not alerted about their own reply. Never the author of a comment: leaders
   * comparing which of them were alerted would learn who wrote it.
   */
  exceptPersonId?: number;
}

/**
 * Alerts every leader who has the event's team in scope and wants its kind, once per event and
 * person. A conversation that changed is recorded with kind 'conversation', the comment's team and a
 * link to it; the alert names the team only, never who wrote what. Returns how many were new.
 */
export async function recordAlerts(db: Database, events: AlertEvent[]): Promise<number> {
  let recorded = 0;
  for (const kind of new Set(events.map((event) => event.kind))) {
    const ofKind = events.filter((event) => event.kind === kind);
    const recipients = await alertRecipients(db, [...new Set(ofKind.map((event) => event.teamId))], kind);
    const rows = ofKind.flatMap((event) =>
      recipients
        .filter(({ teamId, personId }) => teamId === event.teamId && personId !== event.exceptPersonId)
        .map(({ personId }) => ({
          personId,
          kind,
          teamId: event.teamId,
          period: event.period ?? null,
          line: event.line ?? null,
          link: alertLinkSchema.parse(event.link),
          key: event.key,
        })),
    );
    for (let start = 0; start < rows.length; start += 1000) {
      const inserted = await db
        .insert(alerts)
        .values(rows.slice(start, start + 1000))
        .onConflictDoNothing({ target: [alerts.personId, alerts.key] })
        .returning({ id: sql`1` });
      recorded += inserted.length;
    }
  }
  return recorded;
}
