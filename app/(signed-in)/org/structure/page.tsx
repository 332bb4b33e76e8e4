import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DepartmentCard } from '@/components/org-structure/department-card';
import { DepartmentForm } from '@/components/org-structure/department-form';
import { TeamForm } from '@/components/org-structure/team-form';
import { PageHeader } from '@/components/page-header';
import { getOrganisationStructure } from '@/lib/server/organisation/organisation-structure';
import { requirePageViewer } from '@/lib/server/access/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people.structure'))('title') };
}

export default async function StructurePage() {
  const viewer = await requirePageViewer('org:manage');
  const [departments, t] = await Promise.all([getOrganisationStructure(viewer), getTranslations('people')]);
  const options = departments.map((department) => ({ id: department.id, label: department.path.join(' › ') }));
  const box = 'rounded-lg border border-slate-200 bg-white p-5 shadow-sm';
  return (
    <>
      <p className="mb-4">
        <Link href="/org/people" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t('title')}
        </Link>
      </p>
      <PageHeader title={t('structure.title')}>
        <p>{t('structure.intro')}</p>
        <p className="mt-1">{t('structure.rebuildNote')}</p>
      </PageHeader>
      <div className="mb-8 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="new-department" className={box}>
          <h2 id="new-department" className="mb-3 text-lg font-semibold text-brand-900">
            {t('structure.newDepartment')}
          </h2>
          <DepartmentForm departments={options} />
        </section>
        <section aria-labelledby="new-team" className={box}>
          <h2 id="new-team" className="mb-3 text-lg font-semibold text-brand-900">
            {t('structure.newTeam')}
          </h2>
          <TeamForm departments={options} />
        </section>
      </div>
      <div className="space-y-4">
        {departments.map((department) => (
          <DepartmentCard key={department.id} department={department} departments={options} />
        ))}
      </div>
    </>
  );
}
