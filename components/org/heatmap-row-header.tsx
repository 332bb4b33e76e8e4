import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { OrgHeatmapRow } from '@/lib/org/expand-heatmap';

interface HeatmapRowHeaderProps {
  row: OrgHeatmapRow;
  /** The same view with this department opened or closed. */
  toggleHref?: string;
  /** The department's own report page. */
  pageHref?: string;
}

/** A heatmap row's name, indented by its depth, with the link that opens or closes what is inside it. */
export async function HeatmapRowHeader({ row, toggleHref, pageHref }: HeatmapRowHeaderProps) {
  const t = await getTranslations('org.heatmap');
  return (
    <th scope="row" className="sticky left-0 bg-white py-2 pr-3 text-left font-medium" style={{ paddingLeft: `${0.75 + row.depth * 1.25}rem` }}>
      <span className="flex items-start gap-1.5">
        {row.expanded !== null && toggleHref ? (
          <Link href={toggleHref} aria-expanded={row.expanded} className="-my-0.5 shrink-0 rounded px-1 py-0.5 text-brand-700 hover:bg-brand-50">
            <span aria-hidden="true">{row.expanded ? '▾' : '▸'}</span>
            <span className="sr-only">{t(row.expanded ? 'collapse' : 'expand', { name: row.name })}</span>
          </Link>
        ) : (
          <span aria-hidden="true" className="w-5 shrink-0" />
        )}
        {pageHref ? (
          <Link href={pageHref} className="text-brand-700 underline-offset-2 hover:underline">
            {row.name}
          </Link>
        ) : (
          <span>{row.name}</span>
        )}
      </span>
    </th>
  );
}
