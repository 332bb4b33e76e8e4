'use server';
import { retentionForm, roleGrantForm, roleRevocationForm } from '@/lib/domain/admin/admin-schemas';
import { type RetentionOutcome, applyRetention } from '@/lib/server/admin/retention';
import { changeActivation } from '@/lib/server/people/person-activation';
import { saveAnonymityThresholds } from '@/lib/server/pulses/pulse-settings';
import { grantRole, revokeRole } from '@/lib/server/people/role-management';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { runFormAction } from '@/lib/server/next/run-form-action';
import { personActivationForm } from '@/lib/domain/people/person-schemas';
import { scimTokenCreationForm, scimTokenRevocationForm } from '@/lib/domain/scim/scim-token-forms';
import { type CreatedScimToken, createScimTokenFor, revokeScimTokenFor } from '@/lib/server/scim/scim-token-admin';
import { anonymityThresholdsForm } from '@/lib/domain/pulses/pulse-settings-forms';

const ADMIN = ['/admin'];

/** The admin's thresholds: the one place where they may also be lowered. */
export async function saveThresholdsAsAdminAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: anonymityThresholdsForm,
    permission: 'admin:manage',
    change: async (viewer, input) => {
      await saveAnonymityThresholds(viewer, input);
      return null;
    },
    revalidate: [...ADMIN, '/org/pulses'],
  });
}

export async function grantRoleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: roleGrantForm,
    permission: 'admin:manage',
    change: async (viewer, input) => {
      await grantRole(viewer, input);
      return null;
    },
    revalidate: ADMIN,
  });
}

export async function revokeRoleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: roleRevocationForm,
    permission: 'admin:manage',
    change: async (viewer, input) => {
      await revokeRole(viewer, input);
      return null;
    },
    revalidate: ADMIN,
  });
}

/** Deactivates or reactivates someone who holds HR or admin: an admin's to do, not HR's. */
export async function roleHolderActivationAction(
  _previous: ActionState<{ active: boolean }>,
  form: FormData,
): Promise<ActionState<{ active: boolean }>> {
  return runFormAction(form, {
    contract: personActivationForm,
    permission: 'admin:manage',
    change: changeActivation,
    revalidate: [...ADMIN, '/org/people'],
  });
}

/** Counts first; deletes only when the form says 'delete', after the count was shown. */
export async function retentionAction(
  _previous: ActionState<RetentionOutcome>,
  form: FormData,
): Promise<ActionState<RetentionOutcome>> {
  return runFormAction(form, {
    contract: retentionForm,
    permission: 'admin:manage',
    change: applyRetention,
    revalidate: ADMIN,
  });
}

/** A bearer token for an identity provider's provisioning, returned this once for the admin to copy. */
export async function createScimTokenAction(
  _previous: ActionState<CreatedScimToken>,
  form: FormData,
): Promise<ActionState<CreatedScimToken>> {
  return runFormAction(form, {
    contract: scimTokenCreationForm,
    permission: 'admin:manage',
    change: createScimTokenFor,
    revalidate: ADMIN,
  });
}

export async function revokeScimTokenAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: scimTokenRevocationForm,
    permission: 'admin:manage',
    change: revokeScimTokenFor,
    revalidate: ADMIN,
  });
}
