import { type SQL, sql } from 'drizzle-orm';
import type { Send } from '@/db/pipelined-transaction';

/** Everything a change to one person's response to one pulse needs to know, read in one statement. */
export interface ResponseState {
  /**
   * When the pulse takes answers and what it asks, in order: for deciding whether a change may go
   * ahead. `final`: closed by the database's clock, or already published — whatever a server's own
   * clock says, nothing may change a pulse whose answers may have been counted.
   */
  pulse: { opensAt: Date; closesAt: Date; final: boolean; itemIds: number[] };
  /** The person's response to the pulse and the team it counts in. */
  existing: { id: number; teamId: number } | null;
  /** The team the response is about to count in, from the `joining` query; null without one. */
  joiningTeam: number | null;
}

interface StateRow {
  pulse: { opensAt: string; closesAt: string; final: boolean } | null;
  itemIds: number[];
  joiningTeam: number | null;
  existing: { id: number; teamId: number } | null;
}

/**
 * The pulse's times and items, the person's current response to it, and the team `joining`
 * selects, where the response is about to count (it may read the pulse's row from `pulse`). Read
 * after taking the person's lock; null when there is no such pulse.
 */
export async function loadResponseState(
  send: Send,
  key: { pulseId: number; personId: number; joining: SQL | null },
): Promise<ResponseState | null> {
  const [row] = await send<StateRow>(sql`
    with pulse as (select id, opens_at, closes_at from pulses where id = ${key.pulseId})
    select
      (select json_build_object('opensAt', opens_at, 'closesAt', closes_at,
        'final', closes_at <= statement_timestamp() or exists (select 1 from published_pulses where pulse_id = ${key.pulseId})) from pulse) as pulse,
      (select coalesce(json_agg(item_id order by position), '[]') from pulse_items where pulse_id = ${key.pulseId}) as "itemIds",
      (${key.joining ?? sql`select null`})::int as "joiningTeam",
      (select json_build_object('id', id, 'teamId', team_id) from responses where pulse_id = ${key.pulseId} and person_id = ${key.personId}) as existing`);
  if (!row?.pulse) return null;
  return {
    pulse: {
      opensAt: new Date(row.pulse.opensAt),
      closesAt: new Date(row.pulse.closesAt),
      final: row.pulse.final,
      itemIds: row.itemIds,
    },
    existing: row.existing && { id: Number(row.existing.id), teamId: row.existing.teamId },
    joiningTeam: row.joiningTeam,
  };
}
