import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@/db/client';
import type { ChatChannel } from '@/lib/domain/chat/chat-delivery-setting';
import { type DeliveryOutcome, nextStep } from '@/lib/domain/chat/delivery-outcome';
import { claimNextChatMessage, recordChatStep } from '@/lib/queries/chat/chat-deliveries';
import { type ChatSender, type ChatSenders, configuredChannels } from './chat-senders';

/** How long a run holds a message it is sending: far longer than its requests may take (15 s each). */
const LEASE_SECONDS = 120;
/** A rate limit or an outage that asks for at most this long is waited out within the run. */
const LONGEST_WAIT_IN_RUN_SECONDS = 60;

export interface ChannelRun {
  delivered: number;
  /** Attempts that failed and wait for another. */
  retrying: number;
  failed: number;
}

/**
 * Sends what is due in each configured channel, one message at a time, until nothing is due. A
 * message that may be tried again waits as the service said (`Retry-After`) or with a growing
 * backoff, in the database, so the wait survives a restart; a pause the service asks for of up to
 * a minute is waited out here, a longer one, or a failure without `Retry-After`, ends the
 * channel's run, and the next run of the job goes on. The log has counts and error codes only.
 */
export async function deliverChatMessages(
  db: Database,
  senders: ChatSenders,
): Promise<Partial<Record<ChatChannel, ChannelRun>>> {
  const runs = await Promise.all(
    configuredChannels(senders).map(async (channel) => [channel, await deliverChannel(db, senders[channel]!)] as const),
  );
  return Object.fromEntries(runs);
}

async function deliverChannel(db: Database, sender: ChatSender): Promise<ChannelRun> {
  const run: ChannelRun = { delivered: 0, retrying: 0, failed: 0 };
  const errors = new Set<string>();
  for (;;) {
    const claimed = await claimNextChatMessage(db, sender.channel, LEASE_SECONDS);
    if (!claimed) break;
    const outcome: DeliveryOutcome = claimed.stale
      ? { result: 'failed', error: claimed.stale }
      : await sender.send(claimed.message, { email: claimed.email });
    const step = nextStep(outcome, claimed.attempts);
    await recordChatStep(db, claimed.id, step);
    if (step.status === 'delivered') {
      run.delivered++;
      continue;
    }
    errors.add(step.error);
    if (step.status === 'failed') {
      run.failed++;
      continue;
    }
    run.retrying++;
    const asked = outcome.result === 'retry' ? outcome.retryAfterSeconds : null;
    if (asked === null || asked > LONGEST_WAIT_IN_RUN_SECONDS) break;
    await sleep(asked * 1000);
  }
  if (run.retrying + run.failed > 0) {
    console.error(
      `${sender.channel}: ${run.delivered} message(s) delivered, ${run.retrying} attempt(s) to try again, ${run.failed} given up (${[...errors].join('; ')}).`,
    );
  }
  return run;
}
