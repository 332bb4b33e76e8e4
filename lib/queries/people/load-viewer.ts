import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { type Asker, type Viewer, type ViewerRow, viewerFrom, viewerStatement } from './viewer-statement';

/** Null when the person does not exist or has been deactivated, or the session has ended: it no longer counts. */
export async function loadViewer(db: Database, asker: Asker): Promise<Viewer | null> {
  return viewerFrom(asker, rowsOf<ViewerRow>(await db.execute(viewerStatement(asker)))[0]);
}
