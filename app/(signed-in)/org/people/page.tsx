import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { PeopleSearchForm } from '@/components/people/people-search-form';
import { PeopleTable } from '@/components/people/people-table';
import { searchPeople } from '@/lib/server/people/people-directory';
import { requirePageViewer } from '@/lib/server/access/session';
import { peopleSearchSchema } from '@/lib/domain/people/person-schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('title') };
}

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageViewer('org:manage');
  const parsed = peopleSearchSchema.safeParse(await searchParams);
  const search = parsed.success ? parsed.data : peopleSearchSchema.parse({});
  const [result, t] = await Promise.all([searchPeople(viewer, search), getTranslations('people')]);
  const hrefFor = (page: number) =>
    `/org/people?${new URLSearchParams({ q: search.q, status: search.status, page: String(page) }).toString()}`;
  const link =
    'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-brand-900 hover:bg-slate-50';
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <p className="mb-6 flex flex-wrap gap-3">
        <Link href="/org/structure" className={link}>
          {t('links.structure')}
        </Link>
        <Link href="/org/people/import" className={link}>
          {t('links.import')}
        </Link>
      </p>
      <PeopleSearchForm search={search} />
      <p className="mb-3 text-sm text-slate-700" role="status">
        {t('search.found', { count: result.total })}
      </p>
      <PeopleTable people={result.people} caption={t('title')} />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={hrefFor}
        labels={{
          label: t('pagination.label'),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          status: t('pagination.page', { page: result.page, pageCount: result.pageCount }),
        }}
      />
    </>
  );
}
