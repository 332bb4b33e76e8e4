import 'server-only';
import { and, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, rollupTeamPulse } from '@/db/schema';
import { loadAnonymityThresholds } from '@/lib/anonymity/load-thresholds';
import { assertCanSeeTeamFeedback } from './report-access';
import type { Viewer } from './viewer';

export interface PulseParticipation {
  pulseId: number;
  opensAt: string;
  closesAt: string;
  /** The team's members on the day the pulse opened (kept in the rollups). */
  invited: number;
  /** How many answered, once at least k did; null below k, so no small count is ever shown. */
  respondents: number | null;
  /** Respondents over invited, 0–100, when respondents is shown. */
  rate: number | null;
}

export interface TeamParticipation {
  teamId: number;
  minGroupSize: number;
  open: PulseParticipation | null;
  latestClosed: PulseParticipation | null;
}

/** How many of a team answered the open pulse and the last closed one, from the rollups: counts only, never who. */
export async function getTeamParticipation(db: Database, viewer: Viewer, teamId: number, now = new Date()): Promise<TeamParticipation> {
  await assertCanSeeTeamFeedback(db, viewer, teamId);
  const pulse = { id: pulses.id, opensAt: pulses.opensAt, closesAt: pulses.closesAt };
  const [thresholds, [open], [latestClosed]] = await Promise.all([
    loadAnonymityThresholds(db),
    db.select(pulse).from(pulses).where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now))).orderBy(desc(pulses.opensAt)).limit(1),
    db.select(pulse).from(pulses).where(lte(pulses.closesAt, now)).orderBy(desc(pulses.closesAt)).limit(1),
  ]);
  const asked = [open, latestClosed].flatMap((row) => (row ? [row] : []));
  const counts =
    asked.length === 0
      ? []
      : await db
          .select({ pulseId: rollupTeamPulse.pulseId, respondents: rollupTeamPulse.respondents, invited: rollupTeamPulse.invited })
          .from(rollupTeamPulse)
          .where(and(eq(rollupTeamPulse.teamId, teamId), inArray(rollupTeamPulse.pulseId, asked.map((row) => row.id))));
  const participation = (row: typeof open): PulseParticipation | null => {
    if (!row) return null;
    const { respondents = 0, invited = 0 } = counts.find((entry) => entry.pulseId === row.id) ?? {};
    const shown = respondents >= thresholds.minGroupSize;
    return {
      pulseId: row.id,
      opensAt: row.opensAt.toISOString(),
      closesAt: row.closesAt.toISOString(),
      invited,
      respondents: shown ? respondents : null,
      rate: shown && invited > 0 ? Math.round(Math.min(1, respondents / invited) * 1000) / 10 : null,
    };
  };
  return { teamId, minGroupSize: thresholds.minGroupSize, open: participation(open), latestClosed: participation(latestClosed) };
}

