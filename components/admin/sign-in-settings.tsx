import { getTranslations } from 'next-intl/server';
import { type SignInMethod, entraConfigFrom } from '@/lib/domain/auth/sign-in-methods';

/** The sign-in methods this deployment offers, in words, read from its environment; no secret is shown, and setting names only for IT. */
export async function SignInSettings({ methods }: { methods: SignInMethod[] }) {
  const t = await getTranslations('admin');
  const entra = entraConfigFrom(process.env);
  return (
    <section aria-labelledby="sign-in" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="sign-in" className="font-semibold text-brand-900">
        {t('signIn')}
      </h2>
      <p className="text-sm text-slate-600">{t('signInIntro')}</p>
      <ul className="mt-2 list-disc pl-5">
        {methods.map((method) => (
          <li key={method}>
            {t(`method.${method}`)}
            {method === 'microsoft-entra-id' && entra ? (
              <span className="block text-sm text-slate-600">{t('entraIssuer', { issuer: entra.issuer })}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {entra ? null : (
        <>
          <p className="mt-2 text-sm text-slate-600">{t('entraOff')}</p>
          <details className="mt-2 text-xs text-slate-600">
            <summary className="cursor-pointer">{t('technicalDetail')}</summary>
            <p className="mt-1 break-words">{t('entraOffTechnical')}</p>
          </details>
        </>
      )}
    </section>
  );
}
