import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { AlertKind } from '@/lib/domain/alerts/alert-kinds';

/**
 * Who is alerted about each of the teams: the active leaders who have the team in scope (its leaders,
 * and the heads of its department and of every department above it; lib/queries/organisation/
 * teams-in-scope.ts seen from the team), who chose the kind and did not turn off both the app and e-mail.
 */
export async function alertRecipients(
  db: Database,
  teamIds: number[],
  kind: AlertKind,
): Promise<{ personId: number; teamId: number }[]> {
  if (teamIds.length === 0) return [];
  const rows = rowsOf<{ person_id: number; team_id: number }>(
    await db.execute(sql`
      with recursive above(team_id, department_id) as (
        select id, department_id from teams where id in ${teamIds}
        union
        select a.team_id, d.parent_id from above a join departments d on d.id = a.department_id where d.parent_id is not null
      ),
      leads(person_id, team_id) as (
        select person_id, team_id from team_leaders where team_id in ${teamIds}
        union
        select h.person_id, a.team_id from above a join department_heads h on h.department_id = a.department_id
      )
      select l.person_id, l.team_id from leads l
      join people p on p.id = l.person_id and p.active
      join person_roles r on r.person_id = l.person_id and r.role = 'leader'
      left join alert_preferences ap on ap.person_id = l.person_id
      where ap.person_id is null or (${kind}::alert_kind = any(ap.kinds) and (ap.email or ap.in_app))
      order by l.person_id, l.team_id`),
  );
  return rows.map((row) => ({ personId: Number(row.person_id), teamId: Number(row.team_id) }));
}
