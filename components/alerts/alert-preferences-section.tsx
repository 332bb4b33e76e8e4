import { getTranslations } from 'next-intl/server';
import { getAlertChoices } from '@/lib/server/alerts/alerts';
import type { Viewer } from '@/lib/server/access/viewer';
import { AlertMessages } from './alert-messages';
import { AlertPreferencesForm } from './alert-preferences-form';

/** /me's section where a leader chooses their alerts; nothing for someone who leads no team. */
export async function AlertPreferencesSection({ viewer }: { viewer: Viewer }) {
  if (!viewer.roles.includes('leader')) return null;
  const [{ preferences, leaderEmails, chatDigests }, t] = await Promise.all([
    getAlertChoices(viewer),
    getTranslations('alerts.preferences'),
  ]);
  return (
    <section
      id="alert-preferences"
      aria-labelledby="alert-preferences-title"
      className="mt-10 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="alert-preferences-title" className="text-lg font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mb-4 text-slate-600">{t('intro')}</p>
      {leaderEmails ? (
        chatDigests ? (
          <p className="mb-4 text-sm text-slate-700">{t('chatDigests')}</p>
        ) : null
      ) : (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm">
          {t(chatDigests ? 'emailsOffChatOn' : 'emailsOff')}
        </p>
      )}
      <AlertMessages>
        <AlertPreferencesForm preferences={preferences} />
      </AlertMessages>
    </section>
  );
}
