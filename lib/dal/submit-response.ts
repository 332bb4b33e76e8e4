import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses, surveyItems } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { pulseState } from '@/lib/pulses/pulse-state';
import { type ResponseSubmission, answersProblem } from '@/lib/responses/response-submission-schema';
import { storeResponse } from '@/lib/responses/store-response';
import { teamAtPulse } from './team-at-pulse';
import { type Viewer, assertPermission } from './viewer';

/**
 * An employee's answers to an open pulse, checked against every rule before anything is written:
 * the pulse is open, the person was in a team when it was asked, and every question of the pulse
 * is answered once. Storing is one transaction (answers, comment, rollups), and revising replaces.
 */
export async function submitResponse(db: Database, viewer: Viewer, pulseId: number, submission: ResponseSubmission, now = new Date()) {
  assertPermission(viewer, 'survey:answer');
  const [pulse] = await db.select().from(pulses).where(eq(pulses.id, pulseId));
  if (!pulse) throw new AppError('not_found', 'There is no pulse with this id.');
  const state = pulseState(pulse, now);
  if (state === 'upcoming') throw new AppError('conflict', 'This pulse is not open yet.');
  if (state === 'closed') throw new AppError('conflict', 'This pulse has closed; its answers can no longer be changed.');

  const teamId = await teamAtPulse(db, viewer.personId, pulse.opensAt);
  if (teamId === null) throw new AppError('forbidden', 'You were not in a team when this pulse was asked, so it is not yours to answer.');

  const asked = await db
    .select({ itemId: pulseItems.itemId, line: surveyItems.line })
    .from(pulseItems)
    .innerJoin(surveyItems, eq(surveyItems.id, pulseItems.itemId))
    .where(eq(pulseItems.pulseId, pulseId))
    .orderBy(asc(pulseItems.position));
  const problem = answersProblem(asked.map((item) => item.itemId), submission.answers);
  if (problem) throw new AppError('invalid_input', problem);

  const facts = {
    periods: { week: pulse.weekLabel, month: pulse.monthLabel, quarter: pulse.quarterLabel },
    itemLines: new Map(asked.map((item) => [item.itemId, item.line])),
  };
  const stored = await storeResponse(db, { pulseId, personId: viewer.personId, teamId, answers: submission.answers, comment: submission.comment }, facts);
  return { pulseId, created: stored.created };
}
