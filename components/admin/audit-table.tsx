import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/data-table';
import type { AuditLogEntry } from '@/lib/server/admin/audit-log';

/** Large values (an import of thousands of people) are shortened on the page; the log keeps them whole. */
const SHOWN_CHARACTERS = 4000;

export async function AuditTable({ entries }: { entries: AuditLogEntry[] }) {
  const [t, format] = await Promise.all([getTranslations('audit'), getFormatter()]);
  const json = (value: unknown) => {
    const text = JSON.stringify(value, null, 2);
    return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}\n${t('truncated')}` : text;
  };
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
            {format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
          </td>
          <td className="px-4 py-2">{entry.actorName ? `${entry.actorName} <${entry.actorEmail}>` : t('system')}</td>
          <th scope="row" className="px-4 py-2 font-mono font-medium">
            {entry.action}
          </th>
          <td className="px-4 py-2 font-mono">{entry.entityId ? `${entry.entity} ${entry.entityId}` : entry.entity}</td>
          <td className="px-4 py-2">
            {entry.before === null && entry.after === null ? (
              '—'
            ) : (
              <details>
                <summary className="cursor-pointer text-brand-700">{t('show')}</summary>
                {entry.before !== null ? (
                  <>
                    <p className="mt-2 font-medium">{t('before')}</p>
                    <pre tabIndex={0} className="max-w-xl overflow-x-auto rounded bg-slate-100 p-2 text-xs">
                      {json(entry.before)}
                    </pre>
                  </>
                ) : null}
                {entry.after !== null ? (
                  <>
                    <p className="mt-2 font-medium">{t('after')}</p>
                    <pre tabIndex={0} className="max-w-xl overflow-x-auto rounded bg-slate-100 p-2 text-xs">
                      {json(entry.after)}
                    </pre>
                  </>
                ) : null}
              </details>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
