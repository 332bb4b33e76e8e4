import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { AuditTable } from '@/components/admin/audit-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { EMPTY_AUDIT_FILTER, auditFilterQuery, auditFilterSchema } from '@/lib/domain/audit/audit-filter';
import { listAuditEntries } from '@/lib/server/admin/audit-log';
import { requestAuditWording } from '@/lib/server/admin/request-audit-wording';
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
  const filter = parsed.data ?? EMPTY_AUDIT_FILTER;
  const t = await getTranslations('audit');
  const log = parsed.success ? await listAuditEntries(viewer, filter, await requestAuditWording()) : null;
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <AuditFilterForm filter={filter} />
      {log ? (
        <>
          <p className="mb-3 text-sm text-slate-700" role="status">
            {t('count', { count: log.total })}
          </p>
          {log.entries.length > 0 ? <AuditTable entries={log.entries} /> : null}
          <Pagination
            page={log.page}
            pageCount={log.pageCount}
            hrefFor={(page) => `/admin/audit?${auditFilterQuery({ ...filter, page })}`}
            labels={{
              label: t('pagination'),
              previous: t('previous'),
              next: t('next'),
              status: t('page', { page: log.page, pageCount: log.pageCount }),
            }}
          />
        </>
      ) : (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {t('invalidFilter')}
        </p>
      )}
    </>
  );
}
