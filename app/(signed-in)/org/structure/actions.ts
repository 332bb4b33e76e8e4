'use server';
import { addLeadership, removeLeadership } from '@/lib/server/people/leadership';
import { saveDepartment } from '@/lib/server/organisation/save-department';
import { saveTeam } from '@/lib/server/organisation/save-team';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { runFormAction } from '@/lib/server/next/run-form-action';
import {
  departmentForm,
  leadershipForm,
  leadershipRemovalForm,
  teamForm,
} from '@/lib/domain/organisation/organisation-schemas';

const STRUCTURE = ['/org/structure', '/org/people'];

export async function saveDepartmentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: departmentForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await saveDepartment(viewer, input);
      return null;
    },
    revalidate: STRUCTURE,
  });
}

export async function saveTeamAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: teamForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await saveTeam(viewer, input);
      return null;
    },
    revalidate: STRUCTURE,
  });
}

export async function addLeadershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: leadershipForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await addLeadership(viewer, input);
      return null;
    },
    revalidate: STRUCTURE,
  });
}

export async function removeLeadershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: leadershipRemovalForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await removeLeadership(viewer, input);
      return null;
    },
    revalidate: STRUCTURE,
  });
}
