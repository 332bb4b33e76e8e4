import 'server-only';
import { getDb } from '@/db';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import { createChatSenders } from './chat-senders';
import { deliverChatMessages } from './deliver-chat-messages';

/**
 * Delivers the chat messages due now, after a request queued some (HR's "send the reminder now"),
 * rather than waiting for the periodic job. Safe beside a run of the job: both take each message
 * once. A failure is logged; the job tries again.
 */
export async function deliverChatNow(): Promise<void> {
  try {
    await deliverChatMessages(await getDb(), createChatSenders());
  } catch (error) {
    console.error(`Delivering chat messages failed; the next run tries again. ${describeMailError(error)}`);
  }
}
