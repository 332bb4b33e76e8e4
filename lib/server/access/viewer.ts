import 'server-only';
import { AppError } from '@/lib/domain/errors';
import { type Permission, can } from '@/lib/domain/permissions';
import type { Viewer } from '@/lib/queries/people/viewer-statement';

export type { Asker, Viewer } from '@/lib/queries/people/viewer-statement';
export { loadViewer } from '@/lib/queries/people/load-viewer';

export function assertPermission(viewer: Viewer, permission: Permission): void {
  if (!can(viewer.roles, permission)) throw new AppError('forbidden');
}
