import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/data-table';
import type { ReadableAuditEntry } from '@/lib/server/admin/audit-log';

/** The entries in words: who did what to whom, and each field as before → after. */
export async function AuditTable({ entries }: { entries: ReadableAuditEntry[] }) {
  const t = await getTranslations('audit');
  return (
    <DataTable
      framed
      stackOnPhone
      caption={t('title')}
      columns={[
        { label: t('when') },
        { label: t('who') },
        { label: t('what') },
        { label: t('subject') },
        { label: t('details') },
      ]}
    >
      {entries.map((entry) => (
        <tr key={entry.id} className="border-t border-slate-100 align-top">
          <td className="whitespace-nowrap px-4 py-2 tabular-nums">
            <time dateTime={entry.at}>{entry.when}</time>
          </td>
          <td className="px-4 py-2">
            {entry.actor}
            {entry.actorEmail ? <span className="block text-xs text-slate-600">{entry.actorEmail}</span> : null}
          </td>
          <th scope="row" className="px-4 py-2 font-medium">
            {entry.actionLabel}
          </th>
          <td className="px-4 py-2">{entry.subject}</td>
          <td className="px-4 py-2">
            {entry.changes.length === 0 ? (
              '—'
            ) : (
              <ul className="space-y-1">
                {entry.changes.map((change) => (
                  <li key={change.label} className="break-words">
                    <span className="font-medium">{change.label}:</span>{' '}
                    {change.before !== undefined ? (
                      <>
                        <span className="text-slate-600">{change.before}</span>
                        <span aria-hidden="true"> → </span>
                        <span className="sr-only"> {t('becomes')} </span>
                      </>
                    ) : null}
                    <span>{change.after ?? '—'}</span>
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
