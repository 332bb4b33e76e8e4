import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingNext } from '@/components/coming-next';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { getAdminOverview } from '@/lib/dal/admin-overview';
import { requirePageViewer } from '@/lib/dal/session';
import { ROLES } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

export default async function AdminPage() {
  const viewer = await requirePageViewer('admin:manage');
  const [overview, t] = await Promise.all([getAdminOverview(await getDb(), viewer), getTranslations()]);
  return (
    <>
      <PageHeader title={t('admin.title')} />
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="sign-in" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="sign-in" className="font-semibold text-brand-900">{t('admin.signIn')}</h2>
          <ul className="mt-2 list-disc pl-5">
            {overview.signInMethods.map((method) => (
              <li key={method}>{t(`admin.method.${method}`)}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="people" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="people" className="font-semibold text-brand-900">{t('admin.people')}</h2>
          <dl className="mt-2 grid grid-cols-2 gap-1">
            <dt>{t('admin.active')}</dt>
            <dd className="text-right tabular-nums">{overview.activePeople}</dd>
            <dt>{t('admin.inactive')}</dt>
            <dd className="text-right tabular-nums">{overview.inactivePeople}</dd>
          </dl>
        </section>
        <section aria-labelledby="roles" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="roles" className="font-semibold text-brand-900">{t('admin.roles')}</h2>
          <dl className="mt-2 grid grid-cols-2 gap-1">
            {ROLES.map((role) => (
              <div key={role} className="contents">
                <dt>{t(`roles.${role}`)}</dt>
                <dd className="text-right tabular-nums">{overview.roleCounts[role]}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <ComingNext>{t('admin.coming')}</ComingNext>
    </>
  );
}
