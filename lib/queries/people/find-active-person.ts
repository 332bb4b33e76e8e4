import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { people } from '@/db/schema';
import { ChangeRefused } from '@/lib/domain/change-refused';

/** The active person with this email (case-insensitive), or a refusal that says who was not found. */
export async function findActivePerson(
  db: Database,
  email: string,
): Promise<{ id: number; name: string; email: string }> {
  const [person] = await db
    .select({ id: people.id, name: people.name, email: people.email, active: people.active })
    .from(people)
    .where(sql`lower(${people.email}) = ${email.trim().toLowerCase()}`);
  if (!person)
    throw new ChangeRefused('unknownPerson', `Nobody in Verbinding has the email address ${email}.`, 'not_found');
  if (!person.active) throw new ChangeRefused('inactivePerson', `${person.name} has been deactivated.`);
  return { id: person.id, name: person.name, email: person.email };
}

/** Whether someone still leads a team or heads a department, which is what the leader role is for. */
export async function stillLeads(db: Database, personId: number): Promise<boolean> {
  const result = await db.execute(sql`
    select 1 as found from team_leaders where person_id = ${personId}
    union all
    select 1 as found from department_heads where person_id = ${personId}
    limit 1`);
  return rowsOf(result).length > 0;
}
