import 'server-only';
import { count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { people, personRoles } from '@/db/schema';
import { signInMethodsFrom, type SignInMethod } from '@/lib/domain/auth/sign-in-methods';
import type { Role } from '@/lib/domain/permissions';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface AdminOverview {
  signInMethods: SignInMethod[];
  activePeople: number;
  inactivePeople: number;
  roleCounts: Record<Role, number>;
}

export async function getAdminOverview(db: Database, viewer: Viewer): Promise<AdminOverview> {
  assertPermission(viewer, 'admin:manage');
  const [activity, roles] = await Promise.all([
    db.select({ active: people.active, value: count() }).from(people).groupBy(people.active),
    db.select({ role: personRoles.role, value: count() }).from(personRoles).innerJoin(people, eq(people.id, personRoles.personId)).where(eq(people.active, true)).groupBy(personRoles.role),
  ]);
  const roleCounts: Record<Role, number> = { employee: 0, leader: 0, hr: 0, admin: 0 };
  for (const row of roles) roleCounts[row.role] = row.value;
  return {
    signInMethods: signInMethodsFrom(process.env),
    activePeople: activity.find((row) => row.active)?.value ?? 0,
    inactivePeople: activity.find((row) => !row.active)?.value ?? 0,
    roleCounts,
  };
}
