import { getTranslations } from 'next-intl/server';
import { signOutEverywhereAction } from '@/app/(signed-in)/actions';
import { IDLE_SESSION_SECONDS, absoluteSessionSeconds } from '@/lib/server/sessions/session-lifetime';

/** Ends every session of the person, for a lost phone or a shared computer left signed in: on /me, and on /admin for admins, who have no /me. */
export async function SignOutEverywhere() {
  const t = await getTranslations('me.sessions');
  return (
    <section
      aria-labelledby="sessions-title"
      className="mt-10 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="sessions-title" className="text-lg font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mb-4 mt-2 text-slate-600">
        {t('intro', { idleHours: IDLE_SESSION_SECONDS / 3600, maxHours: absoluteSessionSeconds() / 3600 })}
      </p>
      <form action={signOutEverywhereAction}>
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-900 hover:bg-slate-50"
        >
          {t('signOutEverywhere')}
        </button>
      </form>
    </section>
  );
}
