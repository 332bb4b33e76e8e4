import { getTranslations } from 'next-intl/server';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';

export async function ConnectionLinesList() {
  const t = await getTranslations('lines');
  return (
    <ol className="grid gap-3 sm:grid-cols-2">
      {CONNECTION_LINES.map((line) => (
        <li key={line} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm font-semibold text-brand-700">
            {line} · {t(`${line}.name`)}
          </p>
          <p className="mt-1 text-slate-700">{t(`${line}.question`)}</p>
        </li>
      ))}
    </ol>
  );
}
