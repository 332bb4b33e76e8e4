import 'server-only';
import { getDb } from '@/db';
import { signInMethodsFrom, type SignInMethod } from '@/lib/domain/auth/sign-in-methods';
import type { Role } from '@/lib/domain/permissions';
import { countActiveRoleHolders, countPeopleByActivity } from '@/lib/queries/people/count-people';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface AdminOverview {
  signInMethods: SignInMethod[];
  activePeople: number;
  inactivePeople: number;
  roleCounts: Record<Role, number>;
}

export async function getAdminOverview(viewer: Viewer): Promise<AdminOverview> {
  assertPermission(viewer, 'admin:manage');
  const db = await getDb();
  const [activity, roles] = await Promise.all([countPeopleByActivity(db), countActiveRoleHolders(db)]);
  const roleCounts: Record<Role, number> = { employee: 0, leader: 0, hr: 0, admin: 0 };
  for (const row of roles) roleCounts[row.role] = row.value;
  return {
    signInMethods: signInMethodsFrom(process.env),
    activePeople: activity.active,
    inactivePeople: activity.inactive,
    roleCounts,
  };
}
