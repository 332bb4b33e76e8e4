import Link from 'next/link';
import { HEATMAP_NAME_COLUMN } from '@/components/reports/heatmap-layout';

export interface SortableColumn {
  key: string;
  label: string;
  /** The same view sorted by this column (or the other way round when it already is). */
  href: string;
  sorted?: 'ascending' | 'descending';
}

/** A column header that sorts the table by its column: a plain link, so it works without JavaScript. */
export function SortHeader({
  column,
  hint,
  align = 'center',
}: {
  column: SortableColumn;
  hint: string;
  align?: 'left' | 'center';
}) {
  const marker = column.sorted === 'ascending' ? '▲' : column.sorted === 'descending' ? '▼' : '↕';
  return (
    <th
      scope="col"
      aria-sort={column.sorted}
      className={`px-2 py-2 font-semibold ${align === 'left' ? `${HEATMAP_NAME_COLUMN} bg-slate-100 pl-3 text-left` : 'text-center'}`}
    >
      <Link
        href={column.href}
        className="inline-flex items-center gap-1 text-brand-900 underline-offset-2 hover:underline"
      >
        {column.label}
        <span aria-hidden="true" className={column.sorted ? 'text-brand-700' : 'text-slate-500'}>
          {marker}
        </span>
        <span className="sr-only">, {hint}</span>
      </Link>
    </th>
  );
}
