import type { ReactNode } from 'react';

export interface DataTableColumn {
  label: ReactNode;
  /** Extra classes for the header cell (alignment, hiding on small screens). */
  className?: string;
}

/**
 * A table of records with its caption for screen readers and a header row; the caller renders the
 * rows. `framed` draws it as a card of its own, `compact` narrows the cell padding for tables
 * inside a card.
 */
export function DataTable({
  caption,
  columns,
  framed = false,
  compact = false,
  children,
}: {
  caption: string;
  columns: DataTableColumn[];
  framed?: boolean;
  compact?: boolean;
  children: ReactNode;
}) {
  const padding = compact ? 'px-3' : 'px-4';
  return (
    <div
      className={
        framed ? 'relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm' : 'overflow-x-auto'
      }
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`${padding} py-2 font-semibold ${column.className ?? ''}`.trim()}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
