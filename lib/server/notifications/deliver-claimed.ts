import type { Database } from '@/db/client';
import { describeMailError } from '@/lib/domain/notifications/describe-mail-error';
import {
  type NotificationKind,
  findRecipient,
  releaseNotification,
} from '@/lib/queries/notifications/due-notifications';
import type { Mailer } from './mailer';
import { pulseMail } from './pulse-mail';

export interface Delivery {
  sent: number;
  failed: number;
}

/**
 * Sends the claimed e-mails of one kind for one pulse. A claim whose e-mail fails is given back,
 * so that the next run of the periodic job (or HR's next press) sends it; the log says how many
 * failed and why, with every address taken out, and never to whom.
 */
export async function deliverClaimed(
  db: Database,
  mailer: Mailer,
  appUrl: string,
  pulse: { id: number; closesAt: Date },
  kind: NotificationKind,
  personIds: number[],
): Promise<Delivery> {
  const delivery: Delivery = { sent: 0, failed: 0 };
  let lastError: unknown = null;
  for (const personId of personIds) {
    const person = await findRecipient(db, personId);
    if (!person) continue;
    try {
      await mailer.send(pulseMail(kind, person, pulse.closesAt, appUrl));
      delivery.sent++;
    } catch (error) {
      delivery.failed++;
      lastError = error;
      await releaseNotification(db, { pulseId: pulse.id, personId, kind });
    }
  }
  if (delivery.failed > 0) {
    console.error(
      `${delivery.failed} ${kind} e-mail(s) of pulse ${pulse.id} could not be sent and wait for the next run. ${describeMailError(lastError)}`,
    );
  }
  return delivery;
}
