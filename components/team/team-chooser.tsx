import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DataTable } from '@/components/data-table';
import type { TeamInScope } from '@/lib/server/team/leader-teams';
import type { ReportViewQuery } from '@/lib/domain/reports/report-view-query';

/** The teams a leader sees, each leading to its own page. */
export async function TeamChooser({ teams, query }: { teams: TeamInScope[]; query: ReportViewQuery }) {
  const t = await getTranslations('team');
  return (
    <section aria-labelledby="chooser-title" className="mb-10">
      <h2 id="chooser-title" className="mb-3 text-xl font-semibold text-brand-900">
        {t('chooser.title')}
      </h2>
      <DataTable
        framed
        caption={t('chooser.caption')}
        columns={[
          { label: t('name') },
          { label: t('department'), className: 'hidden sm:table-cell' },
          { label: t('members'), className: 'text-right' },
          { label: t('relation') },
        ]}
      >
        {teams.map((team) => (
          <tr key={team.id} className="border-t border-slate-100">
            <th scope="row" className="px-4 py-2 font-medium">
              <Link
                href={`/team/${team.id}?period=${query.period}&range=${query.range}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {team.name}
              </Link>
            </th>
            <td className="hidden px-4 py-2 sm:table-cell">{team.departmentName}</td>
            <td className="px-4 py-2 text-right tabular-nums">{team.memberCount}</td>
            <td className="px-4 py-2">{team.leads ? t('leads') : t('viaDepartment')}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
