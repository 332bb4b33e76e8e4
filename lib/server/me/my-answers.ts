import 'server-only';
import { getDb } from '@/db';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { readOwnResponses } from '@/lib/queries/responses/own-responses';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface MyResponse {
  pulseId: number;
  /** The ISO week the pulse counts in. */
  period: string;
  opensAt: Date;
  answers: { itemId: number; line: ConnectionLine; score: number; text: string }[];
  comment: string | null;
}

/** The viewer's own responses, newest first: visible to them alone, through no other page, API or export. */
export async function getMyAnswers(viewer: Viewer, locale: AppLocale): Promise<MyResponse[]> {
  assertPermission(viewer, 'survey:answer');
  const own = await readOwnResponses(await getDb(), viewer.personId);
  return own.map((response) => ({
    ...response,
    answers: response.answers.map((row) => ({
      itemId: row.itemId,
      line: row.line as ConnectionLine,
      score: row.score,
      text: locale === 'en' ? row.textEn : row.textNl,
    })),
  }));
}
