import 'server-only';
import { and, eq, gt, lte, notExists } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, responses } from '@/db/schema';
import { can } from '@/lib/domain/permissions';
import type { Viewer } from '@/lib/server/access/viewer';

/** Whether an employee has an open pulse still to answer: the in-app reminder. */
export async function hasUnansweredOpenPulse(db: Database, viewer: Viewer, now = new Date()): Promise<boolean> {
  if (!can(viewer.roles, 'survey:answer')) return false;
  const answered = db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.pulseId, pulses.id), eq(responses.personId, viewer.personId)));
  const [open] = await db
    .select({ id: pulses.id })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now), notExists(answered)))
    .limit(1);
  return open !== undefined;
}
