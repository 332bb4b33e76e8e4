import 'server-only';
import { getDb } from '@/db';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { ensureCurrentPulse } from '@/lib/queries/pulses/ensure-current-pulse';
import { loadPulseSchedule } from '@/lib/queries/pulses/load-schedule';
import { findOpenPulse, nextCreatedOpening, pulseQuestions } from '@/lib/queries/pulses/open-pulse';
import { readOwnResponse } from '@/lib/queries/responses/own-response';
import { nextOpening } from '@/lib/domain/pulses/schedule';
import { teamAtPulse } from '@/lib/queries/organisation/team-at-pulse';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface CurrentPulse {
  pulse: {
    id: number;
    opensAt: Date;
    closesAt: Date;
    items: { id: number; line: ConnectionLine; text: string }[];
  } | null;
  /** Whether the viewer was in a team when the pulse was asked, and so may answer it. */
  eligible: boolean;
  answers: { itemId: number; score: number }[] | null;
  comment: string | null;
  /** The line the viewer tagged their comment with, if any. */
  commentLine: ConnectionLine | null;
  nextOpensAt: Date | null;
}

/** The pulse open now with its questions in the viewer's language, and the viewer's own answers to it. */
export async function getCurrentPulse(viewer: Viewer, locale: AppLocale, now = new Date()): Promise<CurrentPulse> {
  assertPermission(viewer, 'survey:answer');
  const db = await getDb();
  await ensureCurrentPulse(db, now);
  const open = await findOpenPulse(db, now);
  if (!open) {
    const nextOpensAt = (await nextCreatedOpening(db, now)) ?? nextOpening(await loadPulseSchedule(db), now);
    return { pulse: null, eligible: false, answers: null, comment: null, commentLine: null, nextOpensAt };
  }

  const [items, own, teamId] = await Promise.all([
    pulseQuestions(db, open.id),
    readOwnResponse(db, open.id, viewer.personId),
    teamAtPulse(db, viewer.personId, open.opensAt),
  ]);
  return {
    pulse: {
      id: open.id,
      opensAt: open.opensAt,
      closesAt: open.closesAt,
      items: items.map((item) => ({
        id: item.id,
        line: item.line as ConnectionLine,
        text: locale === 'en' ? item.textEn : item.textNl,
      })),
    },
    eligible: teamId !== null,
    answers: own?.answers ?? null,
    comment: own?.comment ?? null,
    commentLine: (own?.commentLine ?? null) as ConnectionLine | null,
    nextOpensAt: null,
  };
}
