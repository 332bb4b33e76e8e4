import 'server-only';
import { getDb } from '@/db';
import { can } from '@/lib/domain/permissions';
import { openPulseUnansweredBy } from '@/lib/queries/pulses/open-pulse';
import type { Viewer } from '@/lib/server/access/viewer';

/** Whether an employee has an open pulse still to answer: the in-app reminder. */
export async function hasUnansweredOpenPulse(viewer: Viewer, now = new Date()): Promise<boolean> {
  if (!can(viewer.roles, 'survey:answer')) return false;
  return openPulseUnansweredBy(await getDb(), viewer.personId, now);
}
