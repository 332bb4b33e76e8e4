'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { saveChatDeliveryAction } from '@/app/(signed-in)/org/pulses/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { chatDeliveryForm } from '@/lib/domain/chat/chat-delivery-form';
import { CHAT_CHANNELS, type ChatChannel, type ChatDelivery } from '@/lib/domain/chat/chat-delivery-setting';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';

const CHECKBOX = 'size-4 rounded border-slate-400 text-brand-700 disabled:opacity-50';

/** Where invitations, reminders and leaders' digests go: e-mail, Teams, Slack. A channel without its secret cannot be ticked. */
export function ChatDeliveryForm({ setting, configured }: { setting: ChatDelivery; configured: ChatChannel[] }) {
  const t = useTranslations('pulses.chat');
  const { state, pending, form } = useValidatedAction(chatDeliveryForm, saveChatDeliveryAction);
  const status = useId();
  const noChannel = useId();
  const invalid = fieldIsInvalid(state, 'pulseEmail');
  const channelBoxes = (name: 'pulseChat' | 'alertChat', chosen: ChatChannel[]) =>
    CHAT_CHANNELS.map((channel) => (
      <label key={channel} className="flex items-center gap-2">
        <input
          type="checkbox"
          name={name}
          value={channel}
          defaultChecked={chosen.includes(channel)}
          disabled={!configured.includes(channel)}
          className={CHECKBOX}
        />
        {t(`channel.${channel}`)}
        {configured.includes(channel) ? null : (
          <span className="text-sm text-slate-600">{t('notConfiguredShort')}</span>
        )}
      </label>
    ));
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-4">
      <fieldset aria-invalid={invalid || undefined} aria-describedby={invalid ? noChannel : undefined}>
        <legend className="mb-2 font-medium text-brand-900">{t('pulseMessages')}</legend>
        <div className="space-y-2">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="pulseEmail" defaultChecked={setting.pulseEmail} className={CHECKBOX} />
            {t('email')}
          </label>
          {channelBoxes('pulseChat', setting.pulseChat)}
        </div>
        {invalid ? (
          <p id={noChannel} className="mt-2 text-sm text-red-800">
            {t('errors.pulseEmail')}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-medium text-brand-900">{t('alertMessages')}</legend>
        <p className="mb-2 text-sm text-slate-600">{t('alertMessagesHint')}</p>
        <div className="space-y-2">{channelBoxes('alertChat', setting.alertChat)}</div>
      </fieldset>
      <div className="space-y-3">
        <SubmitButton pending={pending} label={t('save')} pendingLabel={t('saving')} />
        <FormStatus id={status} state={state} namespace="pulses" saved={t('saved')} />
      </div>
    </form>
  );
}
