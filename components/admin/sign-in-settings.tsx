import { getTranslations } from 'next-intl/server';
import { type SignInMethod, entraConfigFrom } from '@/lib/domain/auth/sign-in-methods';
import { oidcProvidersFrom } from '@/lib/domain/auth/oidc-providers';

/** The sign-in methods this deployment offers, in words, read from its environment; no secret is shown, and setting names only for IT. */
export async function SignInSettings({ methods }: { methods: SignInMethod[] }) {
  const t = await getTranslations('admin');
  const entra = entraConfigFrom(process.env);
  const oidc = oidcProvidersFrom(process.env);
  const describe = (method: SignInMethod) => {
    if (method === 'credentials') return { label: t('method.credentials') };
    if (method === 'microsoft-entra-id')
      return { label: t('method.microsoft-entra-id'), detail: entra && t('entraIssuer', { issuer: entra.issuer }) };
    const provider = oidc.find(({ id }) => id === method);
    return provider
      ? {
          label: t('oidcMethod', { name: provider.name }),
          detail: t('oidcIssuer', { name: provider.name, issuer: provider.issuer }),
        }
      : { label: method };
  };
  return (
    <section aria-labelledby="sign-in" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="sign-in" className="font-semibold text-brand-900">
        {t('signIn')}
      </h2>
      <p className="text-sm text-slate-600">{t('signInIntro')}</p>
      <ul className="mt-2 list-disc pl-5">
        {methods.map((method) => {
          const { label, detail } = describe(method);
          return (
            <li key={method}>
              {label}
              {detail ? <span className="block break-words text-sm text-slate-600">{detail}</span> : null}
            </li>
          );
        })}
      </ul>
      {entra ? null : <Off summary={t('entraOff')} technical={t('entraOffTechnical')} detail={t('technicalDetail')} />}
      {oidc.length > 0 ? null : (
        <Off summary={t('oidcOff')} technical={t('oidcOffTechnical')} detail={t('technicalDetail')} />
      )}
    </section>
  );
}

/** A method that is off: what it would take, in words, and the settings for IT. */
function Off({ summary, technical, detail }: { summary: string; technical: string; detail: string }) {
  return (
    <>
      <p className="mt-2 text-sm text-slate-600">{summary}</p>
      <details className="mt-2 text-xs text-slate-600">
        <summary className="cursor-pointer">{detail}</summary>
        <p className="mt-1 break-words">{technical}</p>
      </details>
    </>
  );
}
