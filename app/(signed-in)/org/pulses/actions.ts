'use server';
import { saveAnonymityThresholds, savePulseSchedule } from '@/lib/dal/pulse-settings';
import { createSurveyItem, retireSurveyItem, updateSurveyItem } from '@/lib/dal/save-survey-item';
import type { ActionState } from '@/lib/forms/action-state';
import { runFormAction } from '@/lib/forms/run-form-action';
import { anonymityThresholdsForm, pulseScheduleForm } from '@/lib/pulses/pulse-settings-forms';
import { surveyItemForm, surveyItemReferenceForm, surveyItemTextForm } from '@/lib/pulses/survey-item-schemas';

const PULSES = ['/org/pulses'];

export async function saveScheduleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: pulseScheduleForm,
    permission: 'org:manage',
    change: async (db, viewer, input) => {
      await savePulseSchedule(db, viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function saveThresholdsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: anonymityThresholdsForm,
    permission: 'org:manage',
    change: async (db, viewer, input) => {
      await saveAnonymityThresholds(db, viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function createItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: surveyItemForm,
    permission: 'org:manage',
    change: async (db, viewer, input) => {
      await createSurveyItem(db, viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function updateItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: surveyItemTextForm,
    permission: 'org:manage',
    change: async (db, viewer, input) => {
      await updateSurveyItem(db, viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function retireItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: surveyItemReferenceForm,
    permission: 'org:manage',
    change: async (db, viewer, { itemId }) => {
      await retireSurveyItem(db, viewer, itemId);
      return null;
    },
    revalidate: PULSES,
  });
}
