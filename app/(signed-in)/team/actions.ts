'use server';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { leaderActionDoneForm, leaderActionForm } from '@/lib/domain/leader-actions/leader-action-forms';
import { runFormAction } from '@/lib/server/next/run-form-action';
import { createLeaderAction, setLeaderActionDone } from '@/lib/server/team/leader-actions';

const TEAM = ['/team'];

/** Records a leader's action from the form; bad input changes nothing and says which field is wrong. */
export async function recordLeaderAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: leaderActionForm,
    permission: 'team:view',
    change: async (viewer, input) => {
      await createLeaderAction(viewer, input);
      return null;
    },
    revalidate: TEAM,
  });
}

/** Marks an action done, or not done again. */
export async function markLeaderActionDone(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: leaderActionDoneForm,
    permission: 'team:view',
    change: async (viewer, input) => {
      await setLeaderActionDone(viewer, input);
      return null;
    },
    revalidate: TEAM,
  });
}
