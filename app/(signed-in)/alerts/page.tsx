import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AlertList } from '@/components/alerts/alert-list';
import { AlertMessages } from '@/components/alerts/alert-messages';
import { PageHeader } from '@/components/page-header';
import { getAlertInbox } from '@/lib/server/alerts/alerts';
import { requirePageViewer } from '@/lib/server/access/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('alerts'))('title') };
}

/** A leader's alerts about their teams; opening one marks it read. */
export default async function AlertsPage() {
  const viewer = await requirePageViewer('team:view');
  const [inbox, t] = await Promise.all([getAlertInbox(viewer), getTranslations('alerts')]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
        <p className="mt-2">
          <Link href="/me#alert-preferences" className="font-medium text-brand-700 underline">
            {t('choose')}
          </Link>
        </p>
      </PageHeader>
      {inbox.inApp ? (
        <AlertMessages>
          <AlertList alerts={inbox.alerts} />
        </AlertMessages>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-5">{t('inAppOff')}</p>
      )}
    </>
  );
}
