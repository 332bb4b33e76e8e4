import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReportUnit } from '@/lib/server/reports/report-unit';

interface DepartmentTrailProps {
  ancestors: ReportUnit['ancestors'];
  current: string;
  /** Whether the organisation and the departments above are the viewer's to open (HR's; a head sees names only). */
  linked: boolean;
}

/** Where a department sits: the organisation and the departments above it. */
export async function DepartmentTrail({ ancestors, current, linked }: DepartmentTrailProps) {
  const t = await getTranslations('org');
  const link = 'text-brand-700 underline underline-offset-2';
  return (
    <nav aria-label={t('trail')} className="mb-3 text-sm text-slate-600">
      <ol className="flex flex-wrap gap-x-2">
        {linked ? (
          <li>
            <Link href="/org" className={link}>
              {t('title')}
            </Link>
          </li>
        ) : null}
        {ancestors.map((ancestor) => (
          <li key={ancestor.id} className="before:mr-2 before:content-['›'] first:before:hidden">
            {linked ? (
              <Link href={`/org/departments/${ancestor.id}`} className={link}>
                {ancestor.name}
              </Link>
            ) : (
              ancestor.name
            )}
          </li>
        ))}
        <li aria-current="page" className="before:mr-2 before:content-['›'] first:before:hidden">
          {current}
        </li>
      </ol>
    </nav>
  );
}
