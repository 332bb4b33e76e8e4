import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DepartmentTrail } from '@/components/org/department-trail';
import { UnitReport } from '@/components/org/unit-report';
import { PageHeader } from '@/components/page-header';
import { orErrorPage } from '@/lib/server/next/or-error-page';
import { getReportUnit } from '@/lib/server/reports/report-unit';
import { getViewer, requirePageViewer } from '@/lib/server/access/session';
import { parseOrgViewQuery } from '@/lib/domain/heatmap-views/org-view-query';
import { can } from '@/lib/domain/permissions';
import { type UnitKey, departmentUnit } from '@/lib/domain/rollups/units';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';

interface DepartmentPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const unitOf = (id: string): UnitKey | null => {
  const departmentId = parseDatabaseId(id);
  return departmentId === null ? null : departmentUnit(departmentId);
};

export async function generateMetadata({ params }: Pick<DepartmentPageProps, 'params'>): Promise<Metadata> {
  const [t, viewer, unit] = await Promise.all([
    getTranslations('org'),
    getViewer(),
    params.then(({ id }) => unitOf(id)),
  ]);
  const report = viewer && unit ? await getReportUnit(viewer, unit).catch(() => null) : null;
  return { title: report?.name ?? t('title') };
}

/** One department for HR and its heads: its departments and teams, its own trend, its participation. */
export default async function DepartmentPage({ params, searchParams }: DepartmentPageProps) {
  const viewer = await requirePageViewer();
  const { id } = await params;
  const unit = unitOf(id);
  if (!unit) notFound();
  const report = await orErrorPage(getReportUnit(viewer, unit));
  const [query, t] = await Promise.all([searchParams.then(parseOrgViewQuery), getTranslations('org')]);
  return (
    <>
      <DepartmentTrail ancestors={report.ancestors} current={report.name!} linked={can(viewer.roles, 'org:view')} />
      <PageHeader title={report.name!}>
        <p>{t('departmentIntro', { department: report.name! })}</p>
      </PageHeader>
      <UnitReport
        viewer={viewer}
        unit={report}
        query={{ ...query, compare: null }}
        basePath={`/org/departments/${id}`}
      />
    </>
  );
}
