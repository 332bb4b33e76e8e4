'use client';
import { useTranslations } from 'next-intl';
import { StatusPage } from '@/components/status-page';

/**
 * What a page shows when rendering it, or an action it sent, failed. Next's own error page styles
 * itself with an inline style element, which the Content-Security-Policy refuses.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('failure');
  return (
    <StatusPage title={t('title')} body={t('body')} linkLabel={t('home')}>
      <button type="button" onClick={reset} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-50">
        {t('retry')}
      </button>
    </StatusPage>
  );
}
