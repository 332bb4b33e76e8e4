import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { inChunks } from '@/db/in-chunks';
import { rowsOf } from '@/db/rows';
import { chatDeliveries } from '@/db/schema';
import type { ChatChannel } from '@/lib/domain/chat/chat-delivery-setting';
import { type ChatMessage, chatMessageSchema } from '@/lib/domain/chat/chat-message';
import type { DeliveryStep } from '@/lib/domain/chat/delivery-outcome';

export interface QueuedChatMessage {
  channel: ChatChannel;
  personId: number;
  kind: 'invitation' | 'reminder' | 'alerts';
  pulseId: number | null;
  key: string;
  message: ChatMessage;
}

/**
 * Stores messages to send, each once per person, key and channel: a message queued before (by
 * another run, or before a restart) is left as it is. Returns how many were new.
 */
export async function queueChatMessages(db: Database, messages: QueuedChatMessage[]): Promise<number> {
  let queued = 0;
  await inChunks(messages, async (chunk) => {
    const rows = await db
      .insert(chatDeliveries)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: chatDeliveries.id });
    queued += rows.length;
  });
  return queued;
}

export interface ClaimedChatMessage {
  id: number;
  attempts: number;
  message: ChatMessage;
  email: string;
  /** Why it should no longer go out (the person left, or the pulse closed); null when it should. */
  stale: string | null;
}

/**
 * Takes the next message of the channel that is due, for `leaseSeconds`: its attempt is counted
 * and its next one put off by the lease in the same statement, and rows another run holds are
 * skipped, so two runs at once never send one message twice. A run that dies while sending lets
 * the lease run out, and the message goes out at a later run.
 */
export async function claimNextChatMessage(
  db: Database,
  channel: ChatChannel,
  leaseSeconds: number,
): Promise<ClaimedChatMessage | null> {
  const [row] = rowsOf<{ id: number; attempts: number; message: unknown; email: string; stale: string | null }>(
    await db.execute(sql`
      with next as (
        select id from ${chatDeliveries}
        where channel = ${channel} and status = 'waiting' and next_attempt_at <= now()
        order by next_attempt_at, id
        limit 1
        for update skip locked
      ), claimed as (
        update ${chatDeliveries} d
        set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
        from next where d.id = next.id
        returning d.id, d.person_id, d.pulse_id, d.message, d.attempts
      )
      select c.id, c.attempts, c.message, p.email,
        case when not p.active then 'person inactive' when pu.closes_at <= now() then 'pulse closed' end as stale
      from claimed c
      join people p on p.id = c.person_id
      left join pulses pu on pu.id = c.pulse_id`),
  );
  if (!row) return null;
  return {
    id: Number(row.id),
    attempts: Number(row.attempts),
    message: chatMessageSchema.parse(row.message),
    email: row.email,
    stale: row.stale,
  };
}

/** Records what an attempt came to: delivered, waiting `delaySeconds` for the next, or given up. */
export async function recordChatStep(db: Database, id: number, step: DeliveryStep): Promise<void> {
  const done = step.status !== 'waiting';
  await db
    .update(chatDeliveries)
    .set({
      status: step.status,
      lastError: step.status === 'delivered' ? null : step.error,
      nextAttemptAt:
        step.status === 'waiting' ? sql`now() + make_interval(secs => ${step.delaySeconds})` : sql`next_attempt_at`,
      finishedAt: done ? sql`now()` : null,
    })
    .where(eq(chatDeliveries.id, id));
}
