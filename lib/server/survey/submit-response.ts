import 'server-only';
import { getDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { pulseState } from '@/lib/domain/pulses/pulse-state';
import { type ResponseSubmission, answersProblem } from '@/lib/domain/responses/response-submission-schema';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { assertPermission } from '@/lib/server/access/viewer';
import { type Asker, personIdOf } from '@/lib/queries/people/viewer-statement';

/**
 * The answers of the person a session names to an open pulse, checked against every rule before
 * anything is written: the session has not ended, the person is active and an employee, the pulse is open, they were in a team
 * when it was asked, and every question of the pulse is answered once. The rules are checked inside
 * the storing transaction, on what it reads in its first round trip anyway, and a refusal rolls it
 * back. Storing is one transaction (answers, comment, the team's count), and revising replaces.
 */
export async function submitResponse(asker: Asker, pulseId: number, submission: ResponseSubmission, now = new Date()) {
  const input = {
    pulseId,
    personId: personIdOf(asker),
    asker,
    answers: submission.answers,
    comment: submission.comment,
    commentLine: submission.commentLine,
  };
  const stored = await storeResponse(await getDb(), input, (state, respondent) => {
    if (!respondent) throw new AppError('unauthenticated');
    assertPermission(respondent, 'survey:answer');
    if (!state) throw new AppError('not_found', 'There is no pulse with this id.');
    const status = pulseState(state.pulse, now);
    if (status === 'upcoming') throw new AppError('conflict', 'This pulse is not open yet.');
    if (status === 'closed' || state.pulse.final)
      throw new AppError('conflict', 'This pulse has closed; its answers can no longer be changed.');
    if (state.joiningTeam === null)
      throw new AppError(
        'forbidden',
        'You were not in a team when this pulse was asked, so it is not yours to answer.',
      );
    const problem = answersProblem(state.pulse.itemIds, submission.answers);
    if (problem) throw new AppError('invalid_input', problem);
  });
  return { pulseId, created: stored.created };
}
