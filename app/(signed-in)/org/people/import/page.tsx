import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { ImportFormat } from '@/components/people/import-format';
import { PeopleImportForm } from '@/components/people/people-import-form';
import { requirePageViewer } from '@/lib/server/access/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people.import'))('title') };
}

export default async function PeopleImportPage() {
  await requirePageViewer('org:manage');
  const t = await getTranslations('people');
  return (
    <>
      <p className="mb-4">
        <Link href="/org/people" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t('person.back')}
        </Link>
      </p>
      <PageHeader title={t('import.title')}>
        <p>{t('import.intro')}</p>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <PeopleImportForm />
        <ImportFormat />
      </div>
    </>
  );
}
