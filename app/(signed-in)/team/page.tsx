import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingNext } from '@/components/coming-next';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { listTeamsInScope } from '@/lib/dal/leader-teams';
import { requirePageViewer } from '@/lib/dal/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('team'))('title') };
}

export default async function TeamPage() {
  const viewer = await requirePageViewer('team:view');
  const [teams, t] = await Promise.all([listTeamsInScope(await getDb(), viewer), getTranslations('team')]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      {teams.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5">{t('none')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">{t('name')}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t('department')}</th>
                <th scope="col" className="px-4 py-2 text-right font-semibold">{t('members')}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t('relation')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id} className="border-t border-slate-100">
                  <th scope="row" className="px-4 py-2 font-medium">{team.name}</th>
                  <td className="px-4 py-2">{team.departmentName}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{team.memberCount}</td>
                  <td className="px-4 py-2">{team.leads ? t('leads') : t('viaDepartment')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ComingNext>{t('coming')}</ComingNext>
    </>
  );
}
