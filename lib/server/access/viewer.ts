import 'server-only';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { AppError } from '@/lib/domain/errors';
import { type Permission, can } from '@/lib/domain/permissions';
import { type Asker, type Viewer, type ViewerRow, viewerFrom, viewerStatement } from '@/lib/queries/people/viewer-statement';

export type { Asker, Viewer } from '@/lib/queries/people/viewer-statement';

/** Null when the person does not exist or has been deactivated, or the session has ended: it no longer counts. */
export async function loadViewer(db: Database, asker: Asker): Promise<Viewer | null> {
  return viewerFrom(asker, rowsOf<ViewerRow>(await db.execute(viewerStatement(asker)))[0]);
}

export function assertPermission(viewer: Viewer, permission: Permission): void {
  if (!can(viewer.roles, permission)) throw new AppError('forbidden');
}
