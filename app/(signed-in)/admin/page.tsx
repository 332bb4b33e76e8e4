import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GrantRoleForm } from '@/components/admin/grant-role-form';
import { RetentionForm } from '@/components/admin/retention-form';
import { RoleHoldersTable } from '@/components/admin/role-holders-table';
import { ScimTokens } from '@/components/admin/scim-tokens';
import { SignInSettings } from '@/components/admin/sign-in-settings';
import { SignOutEverywhere } from '@/components/me/sign-out-everywhere';
import { ThresholdsForm } from '@/components/pulses/thresholds-form';
import { PageHeader } from '@/components/page-header';
import { getAdminOverview } from '@/lib/server/admin/admin-overview';
import { listRoleHolders } from '@/lib/server/people/role-management';
import { getAnonymityThresholds } from '@/lib/server/reports/anonymity-thresholds';
import { requirePageViewer } from '@/lib/server/access/session';
import { scimBaseUrl } from '@/lib/server/scim/scim-base-url';
import { listScimTokensFor } from '@/lib/server/scim/scim-token-admin';
import { ROLES } from '@/lib/domain/permissions';
import { saveThresholdsAsAdminAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

const SECTION = 'rounded-lg border border-slate-200 bg-white p-5 shadow-sm';

export default async function AdminPage() {
  const viewer = await requirePageViewer('admin:manage');
  const [overview, holders, thresholds, scimTokens, t] = await Promise.all([
    getAdminOverview(viewer),
    listRoleHolders(viewer),
    getAnonymityThresholds(),
    listScimTokensFor(viewer),
    getTranslations(),
  ]);
  return (
    <>
      <PageHeader title={t('admin.title')} />
      <div className="grid gap-4 md:grid-cols-3">
        <SignInSettings methods={overview.signInMethods} />
        <section aria-labelledby="people" className={SECTION}>
          <h2 id="people" className="font-semibold text-brand-900">
            {t('admin.people')}
          </h2>
          <dl className="mt-2 grid grid-cols-2 gap-1">
            <dt>{t('admin.active')}</dt>
            <dd className="text-right tabular-nums">{overview.activePeople}</dd>
            <dt>{t('admin.inactive')}</dt>
            <dd className="text-right tabular-nums">{overview.inactivePeople}</dd>
          </dl>
        </section>
        <section aria-labelledby="roles" className={SECTION}>
          <h2 id="roles" className="font-semibold text-brand-900">
            {t('admin.roles')}
          </h2>
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
      <section aria-labelledby="role-holders" className={`${SECTION} mt-6`}>
        <h2 id="role-holders" className="text-lg font-semibold text-brand-900">
          {t('admin.roleHolders.title')}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t('admin.roleHolders.intro')}</p>
        <RoleHoldersTable holders={holders} />
        <h3 className="mb-2 mt-6 font-semibold text-brand-900">{t('admin.roleHolders.grantTitle')}</h3>
        <GrantRoleForm />
      </section>
      <section aria-labelledby="scim" className={`${SECTION} mt-6`}>
        <h2 id="scim" className="text-lg font-semibold text-brand-900">
          {t('admin.scim.title')}
        </h2>
        <ScimTokens tokens={scimTokens} tenantUrl={scimBaseUrl()} />
      </section>
      <section aria-labelledby="thresholds" className={`${SECTION} mt-6`}>
        <h2 id="thresholds" className="text-lg font-semibold text-brand-900">
          {t('admin.thresholds.title')}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t('admin.thresholds.intro')}</p>
        <ThresholdsForm thresholds={thresholds} action={saveThresholdsAsAdminAction} />
      </section>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="retention" className={SECTION}>
          <h2 id="retention" className="text-lg font-semibold text-brand-900">
            {t('admin.retention.title')}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t('admin.retention.intro')}</p>
          <RetentionForm />
        </section>
        <section aria-labelledby="audit" className={SECTION}>
          <h2 id="audit" className="text-lg font-semibold text-brand-900">
            {t('admin.audit.title')}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t('admin.audit.intro')}</p>
          <Link
            href="/admin/audit"
            className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-50"
          >
            {t('admin.audit.open')}
          </Link>
        </section>
      </div>
      <SignOutEverywhere />
    </>
  );
}
