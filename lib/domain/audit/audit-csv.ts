import type { CsvDialect } from '@/lib/domain/csv/csv-dialect';
import { stringifyCsv } from '@/lib/domain/csv/stringify-csv';
import type { ReadableAuditEntry } from './audit-entry-words';
import type { AuditChangeWords } from './audit-value-words';

/** "Team: Magazijn → Expeditie"; only the after when the entry recorded no before. */
export function changeLine(change: AuditChangeWords): string {
  if (change.before === undefined) return `${change.label}: ${change.after ?? '—'}`;
  return `${change.label}: ${change.before} → ${change.after ?? '—'}`;
}

export interface AuditCsvHeaders {
  at: string;
  who: string;
  email: string;
  action: string;
  subject: string;
  changes: string;
}

/** The entries as the page lists them, one row each, safe to open in a spreadsheet. */
export function auditCsv(
  entries: readonly ReadableAuditEntry[],
  headers: AuditCsvHeaders,
  dialect: CsvDialect,
): string {
  return stringifyCsv(
    entries.map((entry) => [
      entry.at,
      entry.actor,
      entry.actorEmail ?? '',
      entry.actionLabel,
      entry.subject,
      entry.changes.map(changeLine).join('\n'),
    ]),
    {
      columns: [headers.at, headers.who, headers.email, headers.action, headers.subject, headers.changes],
      bom: true,
      dialect,
    },
  );
}
