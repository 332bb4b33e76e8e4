import { getTranslations } from 'next-intl/server';
import type { DepartmentNode } from '@/lib/dal/organisation-overview';

export async function DepartmentTree({ nodes, level = 2 }: { nodes: DepartmentNode[]; level?: 2 | 3 | 4 }) {
  const t = await getTranslations('org');
  const Heading = `h${level}` as const;
  return (
    <ul className="space-y-4">
      {nodes.map((node) => (
        <li key={node.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Heading className="text-lg font-semibold text-brand-900">{node.name}</Heading>
            <p className="text-sm text-slate-600">
              {t('headcount', { count: node.headcount })} · {t('teams', { count: node.teams.length })}
            </p>
          </div>
          <p className="text-sm text-slate-600">
            {t('heads')}: {node.heads.length > 0 ? node.heads.join(', ') : t('noHead')}
          </p>
          {node.teams.length > 0 ? (
            <ul className="mt-3 flex flex-wrap gap-2">
              {node.teams.map((team) => (
                <li key={team.id} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900">
                  {team.name} <span className="text-slate-600">({t('members', { count: team.memberCount })})</span>
                </li>
              ))}
            </ul>
          ) : null}
          {node.children.length > 0 ? (
            <div className="mt-4 border-l-2 border-brand-100 pl-4">
              <DepartmentTree nodes={node.children} level={level === 2 ? 3 : 4} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
