import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { AppError } from '@/lib/errors';
import { type Permission, type Role, can } from '@/lib/permissions';

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

/** The person's name, email and roles: no row when they do not exist or have been deactivated. */
export function viewerStatement(personId: number): SQL {
  return sql`
    select p.name, p.email, coalesce(array_agg(r.role::text order by r.role) filter (where r.role is not null), '{}') as roles
    from people p left join person_roles r on r.person_id = p.id
    where p.id = ${personId} and p.active
    group by p.id`;
}

export function viewerFrom(personId: number, row: ViewerRow | undefined): Viewer | null {
  return row ? { personId, name: row.name, email: row.email, roles: row.roles } : null;
}

/** Null when the person does not exist or has been deactivated: their session no longer counts. */
export async function loadViewer(db: Database, personId: number): Promise<Viewer | null> {
  return viewerFrom(personId, rowsOf<ViewerRow>(await db.execute(viewerStatement(personId)))[0]);
}

export function assertPermission(viewer: Viewer, permission: Permission): void {
  if (!can(viewer.roles, permission)) throw new AppError('forbidden');
}
