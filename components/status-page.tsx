import Link from 'next/link';

export function StatusPage({ code, title, body, linkLabel }: { code: number; title: string; body?: string; linkLabel: string }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col justify-center px-4 py-24">
      <p className="text-sm font-semibold text-brand-700">{code}</p>
      <h1 className="mt-1 text-2xl font-semibold text-brand-900">{title}</h1>
      {body ? <p className="mt-3 text-slate-700">{body}</p> : null}
      <Link href="/" className="mt-6 self-start rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {linkLabel}
      </Link>
    </div>
  );
}
