/** Who is asking, as one statement: plain SQL, so that the storing transaction and the bench can send it too. */
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '@/lib/domain/permissions';
import type { SessionIdentity } from '@/lib/domain/sessions/session-identity';

/** The signed-in person as the data layer knows them: roles read fresh from the database. */
export interface Viewer {
  personId: number;
  name: string;
  email: string;
  roles: Role[];
}

export interface ViewerRow {
  name: string;
  email: string;
  roles: Role[];
}

/**
 * Who is asking: a session, or a person id from trusted code (scripts and tests). A session counts
 * only while it has not been signed out and the person's session version has not moved on.
 */
export type Asker = SessionIdentity | number;

export const personIdOf = (asker: Asker) => (typeof asker === 'number' ? asker : asker.personId);

function stillSignedIn(asker: Asker): SQL {
  if (typeof asker === 'number') return sql``;
  return sql`and p.session_version = ${asker.sessionVersion} and not exists (select from ended_sessions e where e.session_id = ${asker.sessionId})`;
}

/** The person's name, email and roles: no row when they do not exist, have been deactivated, or the session has ended. */
export function viewerStatement(asker: Asker): SQL {
  return sql`
    select p.name, p.email, coalesce(array_agg(r.role::text order by r.role) filter (where r.role is not null), '{}') as roles
    from people p left join person_roles r on r.person_id = p.id
    where p.id = ${personIdOf(asker)} and p.active ${stillSignedIn(asker)}
    group by p.id`;
}

export function viewerFrom(asker: Asker, row: ViewerRow | undefined): Viewer | null {
  return row ? { personId: personIdOf(asker), name: row.name, email: row.email, roles: row.roles } : null;
}
