import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

export interface DataTableColumn {
  label: ReactNode;
  /** Extra classes for the header cell (alignment, hiding on small screens). */
  className?: string;
}

/** On a phone each row becomes a card: its cells one under the other, the header row read by screen readers only. */
const STACKED =
  'max-sm:[&_thead]:sr-only max-sm:[&_tbody]:block max-sm:[&_tr]:block max-sm:[&_tr]:py-2 max-sm:[&_td]:block max-sm:[&_td]:py-0.5 max-sm:[&_tbody_th]:block max-sm:[&_tbody_th]:py-0.5';

/**
 * A table of records with its caption for screen readers and a header row; the caller renders the
 * rows. `framed` draws it as a card of its own, `compact` narrows the cell padding for tables
 * inside a card, `stackOnPhone` shows each row as a card on a phone, where the columns do not fit.
 * A table that is still wider than the screen scrolls sideways, and says so.
 */
export async function DataTable({
  caption,
  columns,
  framed = false,
  compact = false,
  stackOnPhone = false,
  children,
}: {
  caption: string;
  columns: DataTableColumn[];
  framed?: boolean;
  compact?: boolean;
  stackOnPhone?: boolean;
  children: ReactNode;
}) {
  const padding = compact ? 'px-3' : 'px-4';
  const t = await getTranslations('common');
  return (
    <ScrollRegion
      cue={t('scrollCue')}
      label={caption}
      className={framed ? 'rounded-lg border border-slate-200 bg-white shadow-sm' : ''}
    >
      <table className={`w-full text-left text-sm ${stackOnPhone ? STACKED : ''}`.trim()}>
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
    </ScrollRegion>
  );
}
