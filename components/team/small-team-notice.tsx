import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { TeamInScope } from '@/lib/server/team/leader-teams';

interface SmallTeamNoticeProps {
  team: Pick<TeamInScope, 'name' | 'memberCount' | 'departmentName'>;
  minGroupSize: number;
  /** The department's page, where the viewer may open it (HR, its heads); else no link. */
  departmentHref: string | null;
}

/**
 * For a team too small for results of its own: one explanation in place of a page of empty cards.
 * It says only what the structure says (the team's size, its department), no figure of the team.
 */
export async function SmallTeamNotice({ team, minGroupSize, departmentHref }: SmallTeamNoticeProps) {
  const t = await getTranslations('team.small');
  return (
    <section
      aria-labelledby="small-team-title"
      className="mb-10 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="small-team-title" className="mb-2 text-xl font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="text-slate-800">
        {t('explanation', {
          team: team.name,
          members: team.memberCount,
          k: minGroupSize,
          department: team.departmentName,
        })}
      </p>
      {departmentHref ? (
        <Link
          href={departmentHref}
          className="mt-3 inline-block font-medium text-brand-700 underline underline-offset-2"
        >
          {t('departmentLink', { department: team.departmentName })}
        </Link>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t('noDepartmentLink')}</p>
      )}
    </section>
  );
}
