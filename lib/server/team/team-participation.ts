import 'server-only';
import { getDb } from '@/db';
import { liveRespondentBand } from '@/lib/domain/anonymity/live-respondent-band';
import type { HiddenReason } from '@/lib/domain/reports/report-data';
import { type TeamPulseRow, readTeamPulseParticipation } from '@/lib/queries/reports/team-pulse-participation';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import { requireTeamAccess } from '@/lib/server/access/team-access';
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

const rateOf = (respondents: number | null, invited: number) =>
  respondents !== null && invited > 0 ? Math.round(Math.min(1, respondents / invited) * 1000) / 10 : null;

/**
 * How many of a team answered the open pulse and the last closed one: counts only, never who, and
 * never a count that gives away one person answering. The open pulse's count is taken at the last
 * whole hour of the database's clock and rounded down to a multiple of k; a closed pulse shows what
 * its week published, the same figure every report shows.
 */
export async function getTeamParticipation(viewer: Viewer, teamId: number): Promise<TeamParticipation> {
  await requireTeamAccess(viewer, teamId, 'feedback');
  const db = await getDb();
  const [thresholds, rows] = await Promise.all([loadAnonymityThresholds(db), readTeamPulseParticipation(db, teamId)]);
  const k = thresholds.minGroupSize;
  const base = (row: TeamPulseRow) => ({
    pulseId: Number(row.id),
    opensAt: new Date(row.opens_at).toISOString(),
    closesAt: new Date(row.closes_at).toISOString(),
  });
  const openRow = rows.find((row) => row.is_open);
  const closedRow = rows.find((row) => !row.is_open);

  const open = ((): PulseParticipation | null => {
    if (!openRow) return null;
    const invited = Number(openRow.invited ?? 0);
    const respondents = liveRespondentBand(Number(openRow.answered_by_then), k);
    return {
      ...base(openRow),
      invited,
      respondents,
      rate: rateOf(respondents, invited),
      asOf: new Date(openRow.as_of).toISOString(),
      hidden: respondents === null ? 'too-few' : null,
    };
  })();
  const latestClosed = ((): PulseParticipation | null => {
    if (!closedRow) return null;
    const shown = closedRow.status === 'shown';
    const invited = shown ? Number(closedRow.cell_invited) : Number(closedRow.invited ?? 0);
    const respondents = shown ? Number(closedRow.responses) : null;
    const hidden: HiddenReason | null = shown
      ? null
      : !closedRow.week_published
        ? 'pending'
        : closedRow.status === 'protecting'
          ? 'protecting'
          : 'too-few';
    return { ...base(closedRow), invited, respondents, rate: rateOf(respondents, invited), asOf: null, hidden };
  })();
  return { teamId, minGroupSize: k, open, latestClosed };
}
