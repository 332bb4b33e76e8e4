import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { type ChatDelivery, DEFAULT_CHAT_DELIVERY, chatDeliverySchema } from '@/lib/domain/chat/chat-delivery-setting';

export const CHAT_DELIVERY_KEY = 'chat-delivery';

/** Where invitations, reminders and digests go; e-mail only until HR chooses. */
export async function loadChatDelivery(db: Database): Promise<ChatDelivery> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, CHAT_DELIVERY_KEY));
  return chatDeliverySchema.safeParse(row?.value).data ?? DEFAULT_CHAT_DELIVERY;
}
