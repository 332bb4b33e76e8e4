import { getTranslations } from 'next-intl/server';

/** What a page shows while its results are still being read (the fallback of its Suspense boundary). */
export async function ResultsLoading() {
  const t = await getTranslations('common');
  return (
    <p role="status" className="rounded-lg border border-slate-200 bg-white p-5 text-slate-600">
      {t('loadingResults')}
    </p>
  );
}
