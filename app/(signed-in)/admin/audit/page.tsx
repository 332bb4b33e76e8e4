import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { AuditTable } from '@/components/admin/audit-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { auditFilterSchema } from '@/lib/domain/admin/admin-schemas';
import { listAuditEntries } from '@/lib/server/admin/audit-log';
import { requirePageViewer } from '@/lib/server/access/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageViewer('admin:manage');
  const parsed = auditFilterSchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const [log, t] = await Promise.all([listAuditEntries(viewer, filter), getTranslations('audit')]);
  const hrefFor = (page: number) =>
    `/admin/audit?${new URLSearchParams({ action: filter.action, entity: filter.entity, page: String(page) }).toString()}`;
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <AuditFilterForm filter={filter} actions={log.actions} entities={log.entities} />
      <p className="mb-3 text-sm text-slate-700" role="status">
        {t('count', { count: log.total })}
      </p>
      {log.entries.length > 0 ? <AuditTable entries={log.entries} /> : null}
      <Pagination
        page={log.page}
        pageCount={log.pageCount}
        hrefFor={hrefFor}
        labels={{
          label: t('pagination'),
          previous: t('previous'),
          next: t('next'),
          status: t('page', { page: log.page, pageCount: log.pageCount }),
        }}
      />
    </>
  );
}
