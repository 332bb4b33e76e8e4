'use server';
import { redirect } from 'next/navigation';
import { alertPreferencesForm, alertSettingsForm, markAlertsReadForm } from '@/lib/domain/alerts/alert-forms';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { markAllAlertsRead, openAlert, saveAlertPreferences } from '@/lib/server/alerts/alerts';
import { saveAlertSettings } from '@/lib/server/alerts/alert-settings';
import { runFormAction } from '@/lib/server/next/run-form-action';

/** The badge in every page's header counts the alerts. */
const EVERY_PAGE = ['/'];

/** Marks the alert read and goes to its page; marks them all read when `all` is sent. */
export async function openAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runFormAction(form, {
    contract: markAlertsReadForm,
    permission: 'team:view',
    change: async (viewer, input) => {
      if ('all' in input) {
        await markAllAlertsRead(viewer);
        return null;
      }
      return openAlert(viewer, input.alertId);
    },
    revalidate: EVERY_PAGE,
  });
  if (state.status === 'saved' && state.result !== null) redirect(state.result);
  return state.status === 'saved' ? { ...state, result: null } : state;
}

export async function saveAlertPreferencesAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: alertPreferencesForm,
    permission: 'team:view',
    change: async (viewer, input) => {
      await saveAlertPreferences(viewer, input);
      return null;
    },
    revalidate: EVERY_PAGE,
  });
}

export async function saveAlertSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: alertSettingsForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await saveAlertSettings(viewer, input);
      return null;
    },
    revalidate: ['/org/pulses'],
  });
}
