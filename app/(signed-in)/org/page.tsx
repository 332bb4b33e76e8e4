import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingNext } from '@/components/coming-next';
import { DepartmentTree } from '@/components/department-tree';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { getOrganisationTree } from '@/lib/dal/organisation-overview';
import { requirePageViewer } from '@/lib/dal/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('org'))('title') };
}

export default async function OrganisationPage() {
  const viewer = await requirePageViewer('org:view');
  const [tree, t] = await Promise.all([getOrganisationTree(await getDb(), viewer), getTranslations('org')]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <DepartmentTree nodes={tree} />
      <ComingNext>{t('coming')}</ComingNext>
    </>
  );
}
