import 'server-only';
import { and, asc, count, eq, gt, lte } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulseItems, pulses, responses } from '@/db/schema';
import { currentStay, listMyTeamHistory, type TeamStay } from './my-profile';
import { type Viewer, assertPermission } from './viewer';

export interface OpenPulseSummary {
  id: number;
  opensAt: Date;
  closesAt: Date;
  questionCount: number;
  answered: boolean;
}

export interface SurveyOverview {
  currentTeam: TeamStay | null;
  openPulse: OpenPulseSummary | null;
  nextOpensAt: Date | null;
}

/** What an employee needs on their survey home: their team, the pulse open now and whether they answered it. */
export async function getSurveyOverview(db: Database, viewer: Viewer, now = new Date()): Promise<SurveyOverview> {
  assertPermission(viewer, 'survey:answer');
  const [history, [open], [next]] = await Promise.all([
    listMyTeamHistory(db, viewer),
    db
      .select({ id: pulses.id, opensAt: pulses.opensAt, closesAt: pulses.closesAt })
      .from(pulses)
      .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)))
      .orderBy(asc(pulses.closesAt))
      .limit(1),
    db.select({ opensAt: pulses.opensAt }).from(pulses).where(gt(pulses.opensAt, now)).orderBy(asc(pulses.opensAt)).limit(1),
  ]);
  const currentTeam = currentStay(history);
  if (!open) return { currentTeam, openPulse: null, nextOpensAt: next?.opensAt ?? null };

  const [[questions], [own]] = await Promise.all([
    db.select({ value: count() }).from(pulseItems).where(eq(pulseItems.pulseId, open.id)),
    db
      .select({ value: count() })
      .from(responses)
      .where(and(eq(responses.pulseId, open.id), eq(responses.personId, viewer.personId))),
  ]);
  return {
    currentTeam,
    openPulse: { ...open, questionCount: questions?.value ?? 0, answered: (own?.value ?? 0) > 0 },
    nextOpensAt: next?.opensAt ?? null,
  };
}
