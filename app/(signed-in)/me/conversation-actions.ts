'use server';
import { replyForm } from '@/lib/domain/conversations/reply-schema';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { answerConversation } from '@/lib/server/conversations/answer-conversation';
import { runFormAction } from '@/lib/server/next/run-form-action';

/** The author's answer in the conversation on their own comment, stored without their name. */
export async function answerConversationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: replyForm,
    permission: 'survey:answer',
    change: async (viewer, input) => {
      await answerConversation(viewer, input);
      return null;
    },
    revalidate: ['/me'],
  });
}
