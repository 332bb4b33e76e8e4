'use server';
import { after } from 'next/server';
import { chatDeliveryForm } from '@/lib/domain/chat/chat-delivery-form';
import { saveChatDelivery } from '@/lib/server/chat/chat-delivery-controls';
import { deliverChatNow } from '@/lib/server/chat/deliver-chat-now';
import { saveAnonymityThresholds, savePulseSchedule } from '@/lib/server/pulses/pulse-settings';
import { createSurveyItem, retireSurveyItem, updateSurveyItem } from '@/lib/server/pulses/save-survey-item';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { runFormAction } from '@/lib/server/next/run-form-action';
import {
  anonymityThresholdsForm,
  mailTimingForm,
  pulseScheduleForm,
  sendReminderForm,
} from '@/lib/domain/pulses/pulse-settings-forms';
import { saveMailTiming } from '@/lib/server/notifications/pulse-mail-controls';
import { type ReminderSent, sendReminderNow } from '@/lib/server/notifications/send-reminder-now';
import { surveyItemForm, surveyItemReferenceForm, surveyItemTextForm } from '@/lib/domain/pulses/survey-item-schemas';

const PULSES = ['/org/pulses'];

export async function saveScheduleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: pulseScheduleForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await savePulseSchedule(viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function saveThresholdsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: anonymityThresholdsForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await saveAnonymityThresholds(viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function createItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: surveyItemForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await createSurveyItem(viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function updateItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: surveyItemTextForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await updateSurveyItem(viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function retireItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: surveyItemReferenceForm,
    permission: 'org:manage',
    change: async (viewer, { itemId }) => {
      await retireSurveyItem(viewer, itemId);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function saveMailTimingAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: mailTimingForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await saveMailTiming(viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}

export async function sendReminderNowAction(
  _previous: ActionState<ReminderSent | null>,
  form: FormData,
): Promise<ActionState<ReminderSent | null>> {
  return runFormAction(form, {
    contract: sendReminderForm,
    permission: 'org:manage',
    change: async (viewer, { pulseId }) => {
      const sent = await sendReminderNow(viewer, pulseId);
      // The queued Teams and Slack reminders go out once HR has the answer, not at the next run of the job.
      if (sent.chat > 0) after(deliverChatNow);
      return sent;
    },
    revalidate: PULSES,
  });
}

export async function saveChatDeliveryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: chatDeliveryForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await saveChatDelivery(viewer, input);
      return null;
    },
    revalidate: PULSES,
  });
}
