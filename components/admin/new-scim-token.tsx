'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** A token just created, with a button that copies it and the warning that it is not shown again. */
export function NewScimToken({ name, token }: { name: string; token: string }) {
  const t = useTranslations('admin.scim');
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(token).then(
      () => setCopied('copied'),
      () => setCopied('copyFailed'),
    );
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {t('newToken', { name })}
      </label>
      <p id={`${id}-once`} className="mb-2 text-sm text-slate-800">
        {t('onlyOnce')}
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={token}
          aria-describedby={`${id}-once`}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-50"
        >
          {t('copy')}
        </button>
      </div>
      <p role="status" className="mt-1 text-sm text-slate-800">
        {copied ? t(copied) : null}
      </p>
    </div>
  );
}
