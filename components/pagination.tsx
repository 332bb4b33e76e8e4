import Link from 'next/link';

export interface PaginationLabels {
  label: string;
  previous: string;
  next: string;
  /** "Page 2 of 7" */
  status: string;
}

/** Previous and next links around "page x of y"; the page number travels in the query string. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: PaginationLabels;
}) {
  if (pageCount <= 1) return null;
  const link =
    'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-900 hover:bg-slate-50';
  return (
    <nav aria-label={labels.label} className="mt-4 flex items-center gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={link} rel="prev">
          {labels.previous}
        </Link>
      ) : null}
      <p className="text-sm text-slate-700" aria-current="page">
        {labels.status}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={link} rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
