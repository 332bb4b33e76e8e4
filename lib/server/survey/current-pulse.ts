import 'server-only';
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { answers, comments, pulseItems, pulses, responses, surveyItems } from '@/db/schema';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { ensureCurrentPulse } from '@/lib/queries/pulses/ensure-current-pulse';
import { loadPulseSchedule } from '@/lib/queries/pulses/load-schedule';
import { nextOpening } from '@/lib/domain/pulses/schedule';
import { teamAtPulse } from '@/lib/queries/organisation/team-at-pulse';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface CurrentPulse {
  pulse: { id: number; opensAt: Date; closesAt: Date; items: { id: number; line: ConnectionLine; text: string }[] } | null;
  /** Whether the viewer was in a team when the pulse was asked, and so may answer it. */
  eligible: boolean;
  answers: { itemId: number; score: number }[] | null;
  comment: string | null;
  nextOpensAt: Date | null;
}

/** The pulse open now with its questions in the viewer's language, and the viewer's own answers to it. */
export async function getCurrentPulse(db: Database, viewer: Viewer, locale: AppLocale, now = new Date()): Promise<CurrentPulse> {
  assertPermission(viewer, 'survey:answer');
  await ensureCurrentPulse(db, now);
  const [open] = await db
    .select()
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)))
    .orderBy(asc(pulses.closesAt))
    .limit(1);
  if (!open) {
    const [upcoming] = await db.select({ opensAt: pulses.opensAt }).from(pulses).where(gt(pulses.opensAt, now)).orderBy(asc(pulses.opensAt)).limit(1);
    const nextOpensAt = upcoming?.opensAt ?? nextOpening(await loadPulseSchedule(db), now);
    return { pulse: null, eligible: false, answers: null, comment: null, nextOpensAt };
  }

  const [items, [own], teamId] = await Promise.all([
    db
      .select({ id: surveyItems.id, line: surveyItems.line, textNl: surveyItems.textNl, textEn: surveyItems.textEn })
      .from(pulseItems)
      .innerJoin(surveyItems, eq(surveyItems.id, pulseItems.itemId))
      .where(eq(pulseItems.pulseId, open.id))
      .orderBy(asc(pulseItems.position)),
    db
      .select({ id: responses.id, comment: comments.body })
      .from(responses)
      .leftJoin(comments, eq(comments.responseId, responses.id))
      .where(and(eq(responses.pulseId, open.id), eq(responses.personId, viewer.personId))),
    teamAtPulse(db, viewer.personId, open.opensAt),
  ]);
  const ownAnswers = own
    ? await db.select({ itemId: answers.itemId, score: answers.score }).from(answers).where(eq(answers.responseId, own.id)).orderBy(asc(answers.itemId))
    : null;
  return {
    pulse: {
      id: open.id,
      opensAt: open.opensAt,
      closesAt: open.closesAt,
      items: items.map((item) => ({ id: item.id, line: item.line as ConnectionLine, text: locale === 'en' ? item.textEn : item.textNl })),
    },
    eligible: teamId !== null,
    answers: ownAnswers,
    comment: own?.comment ?? null,
    nextOpensAt: null,
  };
}
