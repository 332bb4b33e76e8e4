import { getTranslations } from 'next-intl/server';

/** What the page will grow into, said plainly so nobody mistakes it for missing data. */
export async function ComingNext({ children }: { children: string }) {
  const t = await getTranslations('common');
  return (
    <section aria-labelledby="coming-next" className="mt-10 rounded-lg border border-dashed border-brand-600/40 bg-brand-50 p-5">
      <h2 id="coming-next" className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {t('comingTitle')}
      </h2>
      <p className="mt-2 text-slate-700">{children}</p>
    </section>
  );
}
