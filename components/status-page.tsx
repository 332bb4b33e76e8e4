import type { ReactNode } from 'react';

/**
 * A page that says why there is nothing to show (403, 404, a failure), with a way on: a plain link,
 * a fresh start after something went wrong, which keeps Next's link code out of the error pages that
 * every page loads.
 */
export function StatusPage({
  code,
  title,
  body,
  linkLabel,
  children,
}: {
  code?: number;
  title: string;
  body?: string;
  linkLabel: string;
  children?: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-lg flex-col justify-center px-4 py-24">
      {code ? <p className="text-sm font-semibold text-brand-700">{code}</p> : null}
      <h1 className="mt-1 text-2xl font-semibold text-brand-900">{title}</h1>
      {body ? <p className="mt-3 text-slate-700">{body}</p> : null}
      <div className="mt-6 flex flex-wrap gap-3">
        {children}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a fresh page load on purpose, and no link code in the error pages */}
        <a href="/" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {linkLabel}
        </a>
      </div>
    </div>
  );
}
