import { jsonRoute } from '@/lib/server/next/json-route';
import { getMyConversations } from '@/lib/server/conversations/my-conversations';

/** The conversations on the signed-in person's own shown comments, with every reply. */
export const GET = jsonRoute(async ({ viewer }) => ({ conversations: await getMyConversations(viewer) }));
