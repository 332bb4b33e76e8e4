import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { answers, comments, pulses, responses, surveyItems } from '@/db/schema';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
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
export async function getMyAnswers(db: Database, viewer: Viewer, locale: AppLocale): Promise<MyResponse[]> {
  assertPermission(viewer, 'survey:answer');
  const own = await db
    .select({ id: responses.id, pulseId: responses.pulseId, period: pulses.weekLabel, opensAt: pulses.opensAt, comment: comments.body })
    .from(responses)
    .innerJoin(pulses, eq(pulses.id, responses.pulseId))
    .leftJoin(comments, eq(comments.responseId, responses.id))
    .where(eq(responses.personId, viewer.personId))
    .orderBy(desc(pulses.opensAt));
  if (own.length === 0) return [];
  const rows = await db
    .select({ responseId: answers.responseId, itemId: answers.itemId, score: answers.score, line: surveyItems.line, textNl: surveyItems.textNl, textEn: surveyItems.textEn })
    .from(answers)
    .innerJoin(surveyItems, eq(surveyItems.id, answers.itemId))
    .where(inArray(answers.responseId, own.map((response) => response.id)))
    .orderBy(asc(surveyItems.line), asc(answers.itemId));
  return own.map(({ id, ...response }) => ({
    ...response,
    answers: rows
      .filter((row) => row.responseId === id)
      .map((row) => ({ itemId: row.itemId, line: row.line as ConnectionLine, score: row.score, text: locale === 'en' ? row.textEn : row.textNl })),
  }));
}
