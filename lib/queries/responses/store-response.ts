import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pipelinedTransaction } from '@/db/pipelined-transaction';
import { teamOnDay } from '@/lib/queries/organisation/team-at-pulse';
import {
  type Asker,
  type Viewer,
  type ViewerRow,
  viewerFrom,
  viewerStatement,
} from '@/lib/queries/people/viewer-statement';
import { queueRollupDeltas } from '@/lib/queries/rollups/pending-rollups';
import { teamPulseDeltas } from '@/lib/domain/rollups/response-change-deltas';
import { lockPersonResponses } from './person-lock';
import { type ResponseState, loadResponseState } from './response-state';
import { settleRollups } from './settle-rollups';

export interface ResponseInput {
  pulseId: number;
  personId: number;
  /** Who asks to store it: the person's session, or their id from trusted code. */
  asker?: Asker;
  answers: { itemId: number; score: number }[];
  comment?: string | null;
  /** The connection line the author tagged the comment with, if any. */
  commentLine?: number | null;
}

/**
 * Decides from what the transaction read whether the change may go ahead, and throws if not: the
 * pulse and the person's response to it, and the person as the database knows them now (null when
 * they do not exist or have been deactivated).
 */
export type Admission = (state: ResponseState | null, respondent: Viewer | null) => void;

/**
 * Stores or revises a person's response to a pulse with its answers, comment and, when it now counts
 * in another team than before (or for the first time), its rollup delta, in one transaction: all of
 * it or nothing. The response counts for the team the person belonged to on the day the pulse
 * opened. The unique (pulse, person) key makes a retry or a double submission revise the one
 * response instead of creating a second. `admit` checks the input against the state before anything
 * is written; what it refuses rolls back. Statements go out pipelined: the transaction takes two
 * round trips whatever the answers. A revision in the same team queues nothing and waits for no flush.
 */
export async function storeResponse(
  db: Database,
  input: ResponseInput,
  admit: Admission = () => {},
): Promise<{ responseId: number; created: boolean }> {
  const { pulseId, personId } = input;
  const joining = teamOnDay(personId, sql`(select (opens_at at time zone 'UTC')::date from pulse)`);
  const stored = await pipelinedTransaction(db, async ({ send, commit }) => {
    const [respondent, , state] = await Promise.all([
      send<ViewerRow>(viewerStatement(input.asker ?? personId)),
      lockPersonResponses(send, personId),
      loadResponseState(send, { pulseId, personId, joining }),
    ]);
    admit(state, viewerFrom(personId, respondent[0]));
    if (!state) throw new Error(`pulse ${pulseId} does not exist`);
    const teamId = state.joiningTeam;
    if (teamId === null) throw new Error(`person ${personId} was in no team when pulse ${pulseId} opened`);
    const deltas = teamPulseDeltas({ pulseId, before: state.existing?.teamId ?? null, after: teamId });
    const comment = input.comment?.trim();
    const thisResponse = sql`(select id from responses where pulse_id = ${pulseId} and person_id = ${personId})`;
    const [upserted] = await Promise.all([
      send<{ id: string }>(sql`
        insert into responses (pulse_id, person_id, team_id) values (${pulseId}, ${personId}, ${teamId})
        on conflict (pulse_id, person_id) do update set team_id = excluded.team_id, updated_at = now()
        returning id`),
      state.existing && send(sql`delete from answers where response_id = ${state.existing.id}`),
      send(sql`
        insert into answers (response_id, item_id, score)
        select ${thisResponse}, "itemId", score from json_to_recordset(${JSON.stringify(input.answers)}::json) as a("itemId" int, score smallint)`),
      comment
        ? send(
            sql`insert into comments (response_id, body, line) values (${thisResponse}, ${comment}, ${input.commentLine ?? null}::smallint) on conflict (response_id) do update set body = excluded.body, line = excluded.line`,
          )
        : state.existing && send(sql`delete from comments where response_id = ${state.existing.id}`),
      deltas.length > 0 && queueRollupDeltas(send, deltas),
      commit(),
    ]);
    return { responseId: Number(upserted[0]!.id), created: !state.existing, queued: deltas.length > 0 };
  });
  if (stored.queued) await settleRollups(db);
  return { responseId: stored.responseId, created: stored.created };
}
