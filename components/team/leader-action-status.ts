import { type ActionState, genericRefusal } from '@/lib/domain/forms/action-state';

export type LeaderActionStatus = 'saved' | 'invalid' | 'forbidden' | 'notFound' | 'failed';

/** The leader action forms' one-line status (messages: team.actions.status); null before anything was sent. */
export function leaderActionStatus(state: ActionState<unknown>): LeaderActionStatus | null {
  if (state.status === 'idle') return null;
  if (state.status === 'refused') return genericRefusal(state.reason) ?? 'failed';
  return state.status;
}
