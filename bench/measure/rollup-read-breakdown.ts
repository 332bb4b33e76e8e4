import { and, asc, eq, gt, gte, inArray, lte, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, rollupTeamPulse, rollupUnitPeriod, rollupUnitPeriodLine } from '@/db/schema';
import { DEMO_TEAM_B } from '@/db/seed/demo-structure';
import { loadAnonymityThresholds } from '@/lib/anonymity/load-thresholds';
import { loadOrgStructure } from '@/lib/organisation/load-org-structure';
import { periodLabelsOf } from '@/lib/periods/period-labels';
import { createCellBook } from '@/lib/reports/cell-book';
import { loadReportData } from '@/lib/reports/load-report-data';
import { teamUnit } from '@/lib/rollups/units';
import { median, round, timeRuns } from '../lib/stats';

export interface ReadPart {
  part: string;
  rows: number;
  medianMs: number;
}

/**
 * The pieces of one rollup read for a team's weekly trend (lib/reports/load-report-data.ts), each
 * timed alone, and the publication rule built from it: where a small report's time goes. The
 * process remembers the anonymity blocks of finished months, so after its first whole-history
 * report it reads only the unfinished months' team counts.
 */
export async function rollupReadBreakdown(db: Database, runs: number): Promise<ReadPart[]> {
  const structure = await loadOrgStructure(db);
  const team = [...structure.teams.values()].find((candidate) => candidate.name === DEMO_TEAM_B);
  if (!team) throw new Error(`no team ${DEMO_TEAM_B}`);
  const unit = teamUnit(team.id);
  const opened = await db.select({ id: pulses.id }).from(pulses).where(lte(pulses.opensAt, new Date()));
  const currentMonth = periodLabelsOf(new Date()).month;
  const openMonths = db.select({ month: pulses.monthLabel }).from(pulses).where(or(gte(pulses.monthLabel, currentMonth), gt(pulses.closesAt, new Date())));
  const unfinished = await db.select({ id: pulses.id }).from(pulses).where(and(lte(pulses.opensAt, new Date()), inArray(pulses.monthLabel, openMonths)));
  const data = await loadReportData(db, { kinds: ['week'], units: [unit] });
  const parts: { part: string; read: () => Promise<unknown> }[] = [
    { part: 'departments and teams (loadOrgStructure)', read: async () => [...(await loadOrgStructure(db)).teams.values()] },
    { part: 'anonymity thresholds (settings)', read: async () => [await loadAnonymityThresholds(db)] },
    { part: 'pulses opened', read: () => db.select({ id: pulses.id }).from(pulses).where(lte(pulses.opensAt, new Date())).orderBy(asc(pulses.opensAt)) },
    {
      part: "rollup_team_pulse, every team × pulse (a process's first whole-history report)",
      read: () => db.select().from(rollupTeamPulse).where(inArray(rollupTeamPulse.pulseId, opened.map((p) => p.id))),
    },
    {
      part: 'rollup_team_pulse, pulses of unfinished months (every later report)',
      read: () => db.select().from(rollupTeamPulse).where(inArray(rollupTeamPulse.pulseId, unfinished.map((p) => p.id))),
    },
    {
      part: 'rollup_unit_period, the team, weeks',
      read: () => db.select().from(rollupUnitPeriod).where(and(eq(rollupUnitPeriod.periodKind, 'week'), eq(rollupUnitPeriod.unit, unit))),
    },
    {
      part: 'rollup_unit_period_line, the team, weeks',
      read: () => db.select().from(rollupUnitPeriodLine).where(and(eq(rollupUnitPeriodLine.periodKind, 'week'), eq(rollupUnitPeriodLine.unit, unit))),
    },
    {
      part: 'publication rule for every week (createCellBook on that read, no SQL)',
      read: () => {
        const book = createCellBook(data);
        return Promise.resolve(book.periods('week').map((label) => book.shown(unit, 'week', label)));
      },
    },
  ];
  const results: ReadPart[] = [];
  for (const { part, read } of parts) {
    const { samples, result } = await timeRuns(runs, read);
    results.push({ part, rows: Array.isArray(result) ? result.length : 1, medianMs: round(median(samples), 2) });
  }
  return results;
}
