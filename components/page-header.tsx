import type { ReactNode } from 'react';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-8">
      <h1 className="text-2xl font-semibold tracking-tight text-brand-900 sm:text-3xl">{title}</h1>
      {children ? <div className="mt-2 max-w-3xl text-slate-600">{children}</div> : null}
    </div>
  );
}
