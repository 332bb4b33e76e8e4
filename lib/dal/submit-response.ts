import 'server-only';
import type { Database } from '@/db/client';
import { AppError } from '@/lib/errors';
import { pulseState } from '@/lib/pulses/pulse-state';
import { type ResponseSubmission, answersProblem } from '@/lib/responses/response-submission-schema';
import { storeResponse } from '@/lib/responses/store-response';
import { type Viewer, assertPermission } from './viewer';

/**
 * An employee's answers to an open pulse, checked against every rule before anything is written:
 * the pulse is open, the person was in a team when it was asked, and every question of the pulse
 * is answered once. The rules are checked inside the storing transaction, on what it reads anyway,
 * and a refusal rolls it back. Storing is one transaction (answers, comment, rollups), and revising replaces.
 */
export async function submitResponse(db: Database, viewer: Viewer, pulseId: number, submission: ResponseSubmission, now = new Date()) {
  assertPermission(viewer, 'survey:answer');
  const input = { pulseId, personId: viewer.personId, answers: submission.answers, comment: submission.comment };
  const stored = await storeResponse(db, input, (state) => {
    if (!state) throw new AppError('not_found', 'There is no pulse with this id.');
    const status = pulseState(state.pulse, now);
    if (status === 'upcoming') throw new AppError('conflict', 'This pulse is not open yet.');
    if (status === 'closed') throw new AppError('conflict', 'This pulse has closed; its answers can no longer be changed.');
    if (state.joiningTeam === null) throw new AppError('forbidden', 'You were not in a team when this pulse was asked, so it is not yours to answer.');
    const problem = answersProblem(state.pulse.itemIds, submission.answers);
    if (problem) throw new AppError('invalid_input', problem);
  });
  return { pulseId, created: stored.created };
}
