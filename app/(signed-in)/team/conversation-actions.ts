'use server';
import { replyForm } from '@/lib/domain/conversations/reply-schema';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { replyToComment } from '@/lib/server/conversations/reply-to-comment';
import { runFormAction } from '@/lib/server/next/run-form-action';

/** A leader's (or HR's) reply on a shown comment of their team; bad input or an unknown comment changes nothing. */
export async function replyToCommentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: replyForm,
    permission: 'comment:reply',
    change: async (viewer, input) => {
      await replyToComment(viewer, input);
      return null;
    },
    revalidate: ['/team'],
  });
}
