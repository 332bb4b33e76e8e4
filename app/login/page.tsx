import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/login-form';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { entraConfigFrom } from '@/lib/domain/auth/sign-in-methods';
import { oidcProvidersFrom } from '@/lib/domain/auth/oidc-providers';
import { getViewer } from '@/lib/server/access/session';
import { landingAfterSignIn, safeCallbackPath } from '@/lib/domain/auth/callback-path';
import { signInWithProvider } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

/** `callbackUrl`: the page a visitor was going to when asked to sign in (a path on this site; anything else is ignored). */
export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const [viewer, { callbackUrl }] = await Promise.all([getViewer(), searchParams]);
  const landing = viewer && landingAfterSignIn(viewer.roles, callbackUrl);
  if (landing) redirect(landing);
  const callback = safeCallbackPath(callbackUrl);
  const t = await getTranslations();
  const providers = [
    ...(entraConfigFrom(process.env) ? [{ id: 'microsoft-entra-id', label: t('login.sso') }] : []),
    ...oidcProvidersFrom(process.env).map(({ id, name }) => ({ id, label: t('login.ssoWith', { name }) })),
  ];
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <p className="text-xl font-semibold text-brand-700">{t('common.appName')}</p>
        <LanguageSwitch />
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold text-brand-900">{t('login.title')}</h1>
        <p className="mb-6 mt-2 text-sm text-slate-600">{t('login.intro')}</p>
        <LoginForm callbackUrl={callback} />
        {providers.length > 0 ? (
          <div className="mt-4 space-y-2 border-t border-slate-200 pt-4">
            <p className="text-center text-sm text-slate-500">{t('login.or')}</p>
            {providers.map(({ id, label }) => (
              <form key={id} action={signInWithProvider}>
                <input type="hidden" name="provider" value={id} />
                {callback ? <input type="hidden" name="callbackUrl" value={callback} /> : null}
                <button
                  type="submit"
                  className="w-full rounded-md border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50"
                >
                  {label}
                </button>
              </form>
            ))}
          </div>
        ) : null}
      </div>
      <p className="mt-6 text-center text-sm text-slate-500">{t('common.tagline')}</p>
    </main>
  );
}
