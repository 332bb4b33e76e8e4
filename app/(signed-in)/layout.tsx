import { getTranslations } from 'next-intl/server';
import { type ReactNode, Suspense } from 'react';
import { AppHeader } from '@/components/shell/app-header';
import { OpenPulseNotice } from '@/components/survey/open-pulse-notice';
import { requirePageViewer } from '@/lib/server/access/session';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const [viewer, t] = await Promise.all([requirePageViewer(), getTranslations('common')]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <AppHeader viewer={viewer} />
      <Suspense fallback={null}>
        <OpenPulseNotice viewer={viewer} />
      </Suspense>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
