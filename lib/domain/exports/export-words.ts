import type { Messages } from '@/lib/domain/i18n/messages';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { HiddenReason } from '@/lib/domain/reports/report-data';
import type { ChangeEvidence } from '@/lib/domain/stats/false-discovery';

/** Every word an export writes, in the reader's language: its headers, kinds, reasons and the line names. */
export type ExportWords = Messages['exports'] & { lineNames: Record<ConnectionLine, string> };

export function exportWords(messages: Messages): ExportWords {
  const lineNames = Object.fromEntries(CONNECTION_LINES.map((line) => [line, messages.lines[line].name]));
  return { ...messages.exports, lineNames: lineNames as Record<ConnectionLine, string> };
}

export const yesNo = (words: ExportWords, value: boolean) => (value ? words.yes : words.no);
export const evidenceWord = (words: ExportWords, evidence: ChangeEvidence | null) =>
  evidence === null ? null : words.evidence[evidence];
export const hiddenWord = (words: ExportWords, reason: HiddenReason | null) =>
  reason === null ? null : words.hidden[reason];
