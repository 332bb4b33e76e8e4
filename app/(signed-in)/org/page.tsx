import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComparisonSection } from '@/components/org/comparison-section';
import { UnitReport } from '@/components/org/unit-report';
import { PageHeader } from '@/components/page-header';
import { getReadDb } from '@/db';
import { loadAnonymityThresholds } from '@/lib/anonymity/load-thresholds';
import { getDepartmentComparison } from '@/lib/dal/department-comparison';
import { requirePageViewer } from '@/lib/dal/session';
import { parseOrgViewQuery } from '@/lib/org/org-view-query';
import { ORG_UNIT } from '@/lib/rollups/units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('org'))('title') };
}

export default async function OrganisationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePageViewer('org:view');
  const query = parseOrgViewQuery(await searchParams);
  const db = await getReadDb();
  const [comparison, thresholds, t] = await Promise.all([getDepartmentComparison(db, viewer, query.compare, query.period), loadAnonymityThresholds(db), getTranslations('org')]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro', { k: thresholds.minGroupSize })}</p>
      </PageHeader>
      <UnitReport viewer={viewer} unit={{ unit: ORG_UNIT, name: null, ancestors: [] }} query={query} basePath="/org">
        <ComparisonSection comparison={comparison} query={query} basePath="/org" minGroupSize={thresholds.minGroupSize} />
      </UnitReport>
    </>
  );
}
