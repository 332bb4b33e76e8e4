import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComparisonSection } from '@/components/org/comparison-section';
import { UnitReport } from '@/components/org/unit-report';
import { PageHeader } from '@/components/page-header';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { type DepartmentComparison, getDepartmentComparison } from '@/lib/server/reports/department-comparison';
import { requirePageViewer } from '@/lib/server/access/session';
import { type OrgViewQuery, parseOrgViewQuery } from '@/lib/domain/heatmap-views/org-view-query';
import { ORG_UNIT } from '@/lib/domain/rollups/units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('org'))('title') };
}

/** HR's comparison of departments, read alongside the report and shown inside its stream. */
async function Comparison({
  comparison,
  query,
  minGroupSize,
}: {
  comparison: Promise<DepartmentComparison>;
  query: OrgViewQuery;
  minGroupSize: number;
}) {
  return <ComparisonSection comparison={await comparison} query={query} basePath="/org" minGroupSize={minGroupSize} />;
}

export default async function OrganisationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The organisation's thresholds are no one's data: read alongside the viewer.
  const [viewer, query, thresholds, t] = await Promise.all([
    requirePageViewer('org:view'),
    searchParams.then(parseOrgViewQuery),
    getAnonymityThresholds(),
    getTranslations('org'),
  ]);
  const comparison = getDepartmentComparison(viewer, query.compare, query.period);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro', { k: thresholds.minGroupSize })}</p>
      </PageHeader>
      <UnitReport viewer={viewer} unit={{ unit: ORG_UNIT, name: null, ancestors: [] }} query={query} basePath="/org">
        <Comparison comparison={comparison} query={query} minGroupSize={thresholds.minGroupSize} />
      </UnitReport>
    </>
  );
}
