'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { saveAlertPreferencesAction } from '@/app/(signed-in)/alerts/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { ALERT_KINDS, type AlertPreferences } from '@/lib/domain/alerts/alert-kinds';
import { type ActionState, IDLE_STATE } from '@/lib/domain/forms/action-state';

const CHECKBOX = 'size-4 rounded border-slate-400 text-brand-700';

/** A leader's own choice of alerts: which kinds, in the app and/or by e-mail. Works without JavaScript. */
export function AlertPreferencesForm({ preferences }: { preferences: AlertPreferences }) {
  const t = useTranslations('alerts.preferences');
  const [state, action, pending] = useActionState<ActionState, FormData>(saveAlertPreferencesAction, IDLE_STATE);
  const status = useId();
  return (
    <form action={action} aria-describedby={status} className="space-y-4">
      <fieldset>
        <legend className="mb-2 font-medium text-brand-900">{t('kinds')}</legend>
        <div className="space-y-2">
          {ALERT_KINDS.map((kind) => (
            <label key={kind} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                defaultChecked={preferences.kinds.includes(kind)}
                className={CHECKBOX}
              />
              {t(`kindName.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-medium text-brand-900">{t('channels')}</legend>
        <div className="space-y-2">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="inApp" defaultChecked={preferences.inApp} className={CHECKBOX} />
            {t('inApp')}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="email" defaultChecked={preferences.email} className={CHECKBOX} />
            {t('email')}
          </label>
        </div>
      </fieldset>
      <div className="space-y-3">
        <SubmitButton pending={pending} label={t('save')} pendingLabel={t('save')} />
        <FormStatus id={status} state={state} namespace="alerts" saved={t('saved')} />
      </div>
    </form>
  );
}
