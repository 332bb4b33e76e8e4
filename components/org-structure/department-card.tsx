import { getTranslations } from 'next-intl/server';
import type { ManagedDepartment } from '@/lib/server/organisation/organisation-structure';
import { DepartmentForm, type UnitOption } from './department-form';
import { LeadershipForm } from './leadership-form';
import { RemoveLeadershipButton } from './remove-leadership-button';
import { TeamForm } from './team-form';

const INDENT = ['', 'ml-4 sm:ml-8', 'ml-8 sm:ml-16', 'ml-12 sm:ml-24'];

/** One department: its heads, its teams with their leaders, and the forms to change them. */
export async function DepartmentCard({
  department,
  departments,
}: {
  department: ManagedDepartment;
  departments: UnitOption[];
}) {
  const t = await getTranslations('people.structure');
  const headingId = `department-${department.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${INDENT[Math.min(department.depth, INDENT.length - 1)]}`}
    >
      <h2 id={headingId} className="text-lg font-semibold text-brand-900">
        {department.name}
      </h2>
      {department.depth > 0 ? <p className="text-sm text-slate-600">{department.path.join(' › ')}</p> : null}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">
          {t('editDepartment', { name: department.name })}
        </summary>
        <div className="mt-3 max-w-md">
          <DepartmentForm
            department={{ id: department.id, name: department.name, parentId: department.parentId }}
            departments={departments}
          />
        </div>
      </details>

      <h3 className="mt-4 font-semibold text-slate-800">{t('heads')}</h3>
      {department.heads.length === 0 ? <p className="text-sm text-slate-600">{t('noHeads')}</p> : null}
      <ul className="flex flex-wrap gap-x-4">
        {department.heads.map((head) => (
          <li key={head.personId}>
            <RemoveLeadershipButton unit="department" unitId={department.id} person={head} />
          </li>
        ))}
      </ul>
      <div className="mt-2 max-w-md">
        <LeadershipForm unit="department" unitId={department.id} label={`${t('addHead')} (${department.name})`} />
      </div>

      <h3 className="mt-4 font-semibold text-slate-800">{t('teams')}</h3>
      {department.teams.length === 0 ? <p className="text-sm text-slate-600">{t('noTeams')}</p> : null}
      <ul className="mt-2 space-y-3">
        {department.teams.map((team) => (
          <li key={team.id} className="rounded-md border border-slate-100 p-3">
            <p className="font-medium">
              {team.name}{' '}
              <span className="text-sm font-normal text-slate-600">
                · {t('members')}: {team.memberCount}
              </span>
            </p>
            <div className="text-sm">
              {t('leaders')}:{' '}
              {team.leaders.length === 0 ? <span className="text-slate-600">{t('noLeaders')}</span> : null}
              <ul className="inline-flex flex-wrap gap-x-4">
                {team.leaders.map((leader) => (
                  <li key={leader.personId}>
                    <RemoveLeadershipButton unit="team" unitId={team.id} person={leader} />
                  </li>
                ))}
              </ul>
            </div>
            <details className="mt-1">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">
                {t('editTeam', { name: team.name })}
              </summary>
              <div className="mt-3 grid max-w-2xl gap-4 sm:grid-cols-2">
                <TeamForm
                  team={{ id: team.id, name: team.name, departmentId: team.departmentId }}
                  departments={departments}
                />
                <LeadershipForm unit="team" unitId={team.id} label={`${t('addLeader')} (${team.name})`} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
