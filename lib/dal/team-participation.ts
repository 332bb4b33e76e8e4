import 'server-only';
import { and, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { pulses, rollupTeamPulse } from '@/db/schema';
import { loadAnonymityThresholds } from '@/lib/anonymity/load-thresholds';
import { assertCanSeeTeamFeedback } from './report-access';
import type { Viewer } from './viewer';

export interface PulseParticipation {
  pulseId: number;
  opensAt: string;
  closesAt: string;
  /** The team's members on the day the pulse opened. */
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

/** How many of a team answered the open pulse and the last closed one: counts only, never who. */
export async function getTeamParticipation(db: Database, viewer: Viewer, teamId: number, now = new Date()): Promise<TeamParticipation> {
  await assertCanSeeTeamFeedback(db, viewer, teamId);
  const pulse = { id: pulses.id, opensAt: pulses.opensAt, closesAt: pulses.closesAt };
  const [thresholds, [open], [latestClosed]] = await Promise.all([
    loadAnonymityThresholds(db),
    db.select(pulse).from(pulses).where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now))).orderBy(desc(pulses.opensAt)).limit(1),
    db.select(pulse).from(pulses).where(lte(pulses.closesAt, now)).orderBy(desc(pulses.closesAt)).limit(1),
  ]);
  const asked = [open, latestClosed].flatMap((row) => (row ? [row] : []));
  const [answered, invited] = await Promise.all([
    asked.length === 0
      ? []
      : db
          .select({ pulseId: rollupTeamPulse.pulseId, respondents: rollupTeamPulse.respondents })
          .from(rollupTeamPulse)
          .where(and(eq(rollupTeamPulse.teamId, teamId), inArray(rollupTeamPulse.pulseId, asked.map((row) => row.id)))),
    invitedByPulse(db, teamId, asked.map((row) => row.id)),
  ]);
  const participation = (row: typeof open): PulseParticipation | null => {
    if (!row) return null;
    const count = answered.find((entry) => entry.pulseId === row.id)?.respondents ?? 0;
    const members = invited.get(row.id) ?? 0;
    const shown = count >= thresholds.minGroupSize;
    return {
      pulseId: row.id,
      opensAt: row.opensAt.toISOString(),
      closesAt: row.closesAt.toISOString(),
      invited: members,
      respondents: shown ? count : null,
      rate: shown && members > 0 ? Math.round(Math.min(1, count / members) * 1000) / 10 : null,
    };
  };
  return { teamId, minGroupSize: thresholds.minGroupSize, open: participation(open), latestClosed: participation(latestClosed) };
}

/** The team's members on the day each pulse opened, as participation counts them everywhere (lib/reports/load-invited.ts). */
async function invitedByPulse(db: Database, teamId: number, pulseIds: number[]): Promise<Map<number, number>> {
  if (pulseIds.length === 0) return new Map();
  const result = await db.execute(sql`
    select p.id as pulse_id, count(distinct m.person_id)::int as invited
    from pulses p
    join team_memberships m
      on m.team_id = ${teamId}
     and m.valid_from <= (p.opens_at at time zone 'UTC')::date
     and (m.valid_to is null or m.valid_to > (p.opens_at at time zone 'UTC')::date)
    where p.id in ${pulseIds}
    group by p.id`);
  return new Map(rowsOf<{ pulse_id: number; invited: number }>(result).map((row) => [Number(row.pulse_id), Number(row.invited)]));
}
