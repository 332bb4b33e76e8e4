import Link from 'next/link';
import { HEATMAP_NAME_COLUMN } from '@/components/reports/heatmap-layout';
import type { OrgHeatmapRow } from '@/lib/domain/heatmap-views/expand-heatmap';

interface HeatmapRowHeaderProps {
  row: OrgHeatmapRow;
  /** The same view with this department opened or closed. */
  toggleHref?: string;
  /** The row's own report page (a department's or a team's), for a row with nothing to open. */
  pageHref?: string;
}

/**
 * A heatmap row's name, indented by its depth. A department's name opens or closes what is inside
 * it (a disclosure: the arrow shows which, `aria-expanded` says it); a row's cells lead to its own page.
 */
export function HeatmapRowHeader({ row, toggleHref, pageHref }: HeatmapRowHeaderProps) {
  const link = 'text-brand-700 underline-offset-2 hover:underline';
  const name =
    row.expanded !== null && toggleHref ? (
      <Link href={toggleHref} aria-expanded={row.expanded} className={`${link} inline-flex gap-1.5`}>
        <span aria-hidden="true" className="w-3 shrink-0">
          {row.expanded ? '▾' : '▸'}
        </span>
        {row.name}
      </Link>
    ) : pageHref ? (
      <Link href={pageHref} className={`${link} ml-[1.125rem] inline-block`}>
        {row.name}
      </Link>
    ) : (
      <span className="ml-[1.125rem] inline-block">{row.name}</span>
    );
  return (
    <th
      scope="row"
      className={`${HEATMAP_NAME_COLUMN} bg-white py-2 pr-3 text-left font-medium [--indent:0.625rem] sm:[--indent:1.25rem]`}
      style={{ paddingLeft: `calc(0.75rem + ${row.depth} * var(--indent))` }}
    >
      {name}
    </th>
  );
}
