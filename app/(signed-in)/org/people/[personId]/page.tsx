import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import { PageHeader } from '@/components/page-header';
import { MovePersonForm } from '@/components/people/move-person-form';
import { PersonActivationForm } from '@/components/people/person-activation-form';
import { TeamHistoryTable } from '@/components/people/team-history-table';
import { holdsManagedRole } from '@/lib/domain/admin/admin-schemas';
import { getOrganisationStructure } from '@/lib/server/organisation/organisation-structure';
import { getPersonDetails } from '@/lib/server/people/person-details';
import { orNotFoundPage } from '@/lib/server/next/or-not-found-page';
import { requirePageViewer } from '@/lib/server/access/session';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { can } from '@/lib/domain/permissions';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('title') };
}

const SECTION = 'rounded-lg border border-slate-200 bg-white p-5 shadow-sm';

export default async function PersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const viewer = await requirePageViewer('org:manage');
  const personId = parseDatabaseId((await params).personId);
  if (personId === null) notFound();
  const [person, structure, t, format] = await Promise.all([
    orNotFoundPage(getPersonDetails(viewer, personId)),
    getOrganisationStructure(viewer),
    getTranslations(),
    getAppFormatter(),
  ]);
  const current = person.history.find((stay) => stay.validTo === null) ?? null;
  const groups = structure
    .filter((department) => department.teams.length > 0)
    .map((department) => ({ label: department.path.join(' › '), teams: department.teams }));
  return (
    <>
      <p className="mb-4">
        <Link href="/org/people" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t('people.person.back')}
        </Link>
      </p>
      <PageHeader title={person.name}>
        <p>{person.email}</p>
        <p>
          {t('people.person.roles')}: {person.roles.map((role) => t(`roles.${role}`)).join(', ') || '—'} ·{' '}
          {t('people.person.status')}:{' '}
          {person.active
            ? t('people.list.active')
            : t('people.person.deactivatedOn', {
                date: person.deactivatedAt ? format.dateTime(person.deactivatedAt, { dateStyle: 'medium' }) : '—',
              })}
        </p>
      </PageHeader>
      <div className="grid gap-6">
        <section aria-labelledby="history" className={SECTION}>
          <h2 id="history" className="text-lg font-semibold text-brand-900">
            {t('people.person.historyTitle')}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t('people.person.historyIntro')}</p>
          <p className="mb-3">
            {t('people.person.currentTeam')}:{' '}
            <strong>{current ? `${current.teamName} (${current.departmentName})` : t('people.person.noTeam')}</strong>
          </p>
          {person.history.length > 0 ? <TeamHistoryTable history={person.history} /> : null}
        </section>
        {person.active ? (
          <section aria-labelledby="move" className={SECTION}>
            <h2 id="move" className="mb-3 text-lg font-semibold text-brand-900">
              {t('people.person.moveTitle')}
            </h2>
            <MovePersonForm
              personId={person.id}
              currentTeamId={current?.teamId ?? null}
              groups={groups}
              today={organisationDay()}
            />
          </section>
        ) : null}
        <section aria-labelledby="leads" className={SECTION}>
          <h2 id="leads" className="mb-2 text-lg font-semibold text-brand-900">
            {t('people.person.leadsTitle')}
          </h2>
          {person.leads.length + person.heads.length === 0 ? (
            <p className="text-slate-600">{t('people.person.nothing')}</p>
          ) : null}
          {person.leads.length > 0 ? (
            <p>
              {t('people.person.leads')}: {person.leads.map((team) => team.name).join(', ')}
            </p>
          ) : null}
          {person.heads.length > 0 ? (
            <p>
              {t('people.person.heads')}: {person.heads.map((department) => department.name).join(', ')}
            </p>
          ) : null}
          <p className="mt-2">
            <Link
              href="/org/structure"
              className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {t('people.links.structure')}
            </Link>
          </p>
        </section>
        <section aria-labelledby="account" className={SECTION}>
          <h2 id="account" className="mb-2 text-lg font-semibold text-brand-900">
            {t('people.person.accountTitle')}
          </h2>
          {holdsManagedRole(person.roles) && !can(viewer.roles, 'admin:manage') ? (
            <p className="text-slate-700">{t('people.person.adminActivates')}</p>
          ) : (
            <PersonActivationForm personId={person.id} active={person.active} />
          )}
        </section>
      </div>
    </>
  );
}
