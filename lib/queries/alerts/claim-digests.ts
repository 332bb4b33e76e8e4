import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { AlertKind } from '@/lib/domain/alerts/alert-kinds';

export interface DigestRecipient {
  personId: number;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  /** The first of the alerts this digest took: no other digest holds it, so it names the digest. */
  firstAlertId: number;
  alerts: { kind: AlertKind; teamName: string; period: string | null; line: number | null; link: string }[];
}

/**
 * Takes every alert no digest has taken yet, in one statement (so concurrent runs never take one
 * twice), with its person and what the e-mail needs, grouped per person: those the person wants by e-mail (active, e-mails on, the kind chosen).
 */
export async function claimDigests(db: Database): Promise<DigestRecipient[]> {
  const rows = rowsOf<{
    id: number;
    person_id: number;
    email: string;
    name: string;
    locale: 'nl' | 'en';
    wanted: boolean;
    kind: AlertKind;
    team_name: string;
    period: string | null;
    line: number | null;
    link: string;
  }>(
    await db.execute(sql`
      with claimed as (
        update alerts set mailed_at = now() where mailed_at is null
        returning id, person_id, kind, team_id, period, line, link
      )
      select c.id, c.person_id, p.email, p.name, p.locale, 
        p.active and coalesce(ap.email, true) and (ap.kinds is null or c.kind = any(ap.kinds)) as wanted,
        c.kind, t.name as team_name, c.period, c.line, c.link
      from claimed c
      join people p on p.id = c.person_id
      join teams t on t.id = c.team_id
      left join alert_preferences ap on ap.person_id = c.person_id
      order by c.person_id, c.id`),
  );
  const byPerson = new Map<number, DigestRecipient>();
  for (const row of rows.filter((row) => row.wanted)) {
    const personId = Number(row.person_id);
    const recipient = byPerson.get(personId) ?? {
      personId,
      email: row.email,
      name: row.name,
      locale: row.locale,
      firstAlertId: Number(row.id),
      alerts: [],
    };
    recipient.alerts.push({
      kind: row.kind,
      teamName: row.team_name,
      period: row.period,
      line: row.line === null ? null : Number(row.line),
      link: row.link,
    });
    byPerson.set(personId, recipient);
  }
  return [...byPerson.values()];
}
