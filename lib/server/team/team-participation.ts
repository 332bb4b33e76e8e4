import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCells, publishedPeriods, pulses, responses, rollupTeamPulse } from '@/db/schema';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import type { HiddenReason } from '@/lib/domain/reports/report-data';
import { teamUnit } from '@/lib/domain/rollups/units';
import { liveRespondentBand } from '@/lib/domain/anonymity/live-respondent-band';
import { assertCanSeeTeamFeedback } from '@/lib/server/access/report-access';
import type { Viewer } from '@/lib/server/access/viewer';

export interface PulseParticipation {
  pulseId: number;
  opensAt: string;
  closesAt: string;
  /** The team's members on the day the pulse opened. */
  invited: number;
  /**
   * The open pulse: how many had answered by `asOf`, rounded down to a multiple of k (so it moves
   * only in steps of k, an hour at a time). A closed pulse: the published responses of its week.
   * Null when fewer than k answered, or the week is hidden (`hidden` says why).
   */
  respondents: number | null;
  /** Respondents over invited, 0–100, when respondents is shown. */
  rate: number | null;
  /** The whole hour the open pulse's count was taken at; null for a closed pulse. */
  asOf: string | null;
  hidden: HiddenReason | null;
}

export interface TeamParticipation {
  teamId: number;
  minGroupSize: number;
  open: PulseParticipation | null;
  latestClosed: PulseParticipation | null;
}

interface PulseRow {
  id: number;
  opens_at: string;
  closes_at: string;
  week_label: string;
  is_open: boolean;
  invited: number | null;
  as_of: string;
  answered_by_then: number;
  week_published: boolean;
  status: string | null;
  responses: number | null;
  cell_invited: number | null;
}

const rateOf = (respondents: number | null, invited: number) => (respondents !== null && invited > 0 ? Math.round(Math.min(1, respondents / invited) * 1000) / 10 : null);

/**
 * How many of a team answered the open pulse and the last closed one: counts only, never who, and
 * never a count that gives away one person answering. The open pulse's count is taken at the last
 * whole hour of the database's clock and rounded down to a multiple of k; a closed pulse shows what
 * its week published, the same figure every report shows.
 */
export async function getTeamParticipation(db: Database, viewer: Viewer, teamId: number): Promise<TeamParticipation> {
  await assertCanSeeTeamFeedback(db, viewer, teamId);
  const unit = teamUnit(teamId);
  const [thresholds, result] = await Promise.all([
    loadAnonymityThresholds(db),
    db.execute(sql`
      with chosen as (
        (select * from ${pulses} where opens_at <= now() and closes_at > now() order by opens_at desc limit 1)
        union all
        (select * from ${pulses} where closes_at <= now() order by closes_at desc limit 1))
      select p.id, p.opens_at, p.closes_at, p.week_label, p.closes_at > now() as is_open, tp.invited, date_trunc('hour', now()) as as_of,
        (select count(*) from ${responses} r where r.pulse_id = p.id and r.team_id = ${teamId} and r.submitted_at < date_trunc('hour', now()))::int as answered_by_then,
        exists (select 1 from ${publishedPeriods} d where d.period_kind = 'week' and d.period_label = p.week_label) as week_published,
        c.status, c.responses, c.invited as cell_invited
      from chosen p
      left join ${rollupTeamPulse} tp on tp.pulse_id = p.id and tp.team_id = ${teamId}
      left join ${publishedCells} c on c.unit = ${unit} and c.period_kind = 'week' and c.period_label = p.week_label`),
  ]);
  const k = thresholds.minGroupSize;
  const rows = rowsOf<PulseRow>(result);
  const base = (row: PulseRow) => ({ pulseId: Number(row.id), opensAt: new Date(row.opens_at).toISOString(), closesAt: new Date(row.closes_at).toISOString() });
  const openRow = rows.find((row) => row.is_open);
  const closedRow = rows.find((row) => !row.is_open);

  const open = ((): PulseParticipation | null => {
    if (!openRow) return null;
    const invited = Number(openRow.invited ?? 0);
    const respondents = liveRespondentBand(Number(openRow.answered_by_then), k);
    return { ...base(openRow), invited, respondents, rate: rateOf(respondents, invited), asOf: new Date(openRow.as_of).toISOString(), hidden: respondents === null ? 'too-few' : null };
  })();
  const latestClosed = ((): PulseParticipation | null => {
    if (!closedRow) return null;
    const shown = closedRow.status === 'shown';
    const invited = shown ? Number(closedRow.cell_invited) : Number(closedRow.invited ?? 0);
    const respondents = shown ? Number(closedRow.responses) : null;
    const hidden: HiddenReason | null = shown ? null : !closedRow.week_published ? 'pending' : closedRow.status === 'protecting' ? 'protecting' : 'too-few';
    return { ...base(closedRow), invited, respondents, rate: rateOf(respondents, invited), asOf: null, hidden };
  })();
  return { teamId, minGroupSize: k, open, latestClosed };
}
