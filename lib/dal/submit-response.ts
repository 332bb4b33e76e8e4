import 'server-only';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { pulseState } from '@/lib/pulses/pulse-state';
import { type ResponseSubmission, answersProblem } from '@/lib/responses/response-submission-schema';
import { storeResponse } from '@/lib/responses/store-response';
import { teamOnDay } from './team-at-pulse';
import { type Viewer, assertPermission } from './viewer';

/**
 * An employee's answers to an open pulse, checked against every rule before anything is written:
 * the pulse is open, the person was in a team when it was asked, and every question of the pulse
 * is answered once. Storing is one transaction (answers, comment, rollups), and revising replaces.
 */
export async function submitResponse(db: Database, viewer: Viewer, pulseId: number, submission: ResponseSubmission, now = new Date()) {
  assertPermission(viewer, 'survey:answer');
  const [pulse] = await db
    .select({
      ...getTableColumns(pulses),
      teamId: sql<number | null>`(${teamOnDay(db, viewer.personId, sql`(${pulses.opensAt} at time zone 'UTC')::date`)})`,
      itemIds: sql<number[]>`(select coalesce(json_agg(${pulseItems.itemId} order by ${pulseItems.position}), '[]') from ${pulseItems} where ${pulseItems.pulseId} = ${pulses.id})`,
    })
    .from(pulses)
    .where(eq(pulses.id, pulseId));
  if (!pulse) throw new AppError('not_found', 'There is no pulse with this id.');
  const state = pulseState(pulse, now);
  if (state === 'upcoming') throw new AppError('conflict', 'This pulse is not open yet.');
  if (state === 'closed') throw new AppError('conflict', 'This pulse has closed; its answers can no longer be changed.');
  const { teamId } = pulse;
  if (teamId === null) throw new AppError('forbidden', 'You were not in a team when this pulse was asked, so it is not yours to answer.');

  const problem = answersProblem(pulse.itemIds, submission.answers);
  if (problem) throw new AppError('invalid_input', problem);

  const stored = await storeResponse(db, { pulseId, personId: viewer.personId, teamId, answers: submission.answers, comment: submission.comment });
  return { pulseId, created: stored.created };
}
