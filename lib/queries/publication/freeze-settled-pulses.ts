import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { insertJsonRows } from '@/db/insert-json-rows';
import { rowsOf } from '@/db/rows';
import { publishedAtomItems, publishedAtoms, publishedPulses } from '@/db/schema';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import { SETTLE_SECONDS } from '@/lib/domain/anonymity/periods-due';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { unitsContainingTeam } from '@/lib/domain/organisation/org-structure';
import { loadOrgStructure } from '@/lib/queries/organisation/load-org-structure';
import { invitedPerTeamPulse } from '@/lib/queries/rollups/recompute-queries';

const SCORES_PER_ATOM = CONNECTION_LINES.length * 5;

interface AtomRow {
  pulse_id: number;
  team_id: number;
  respondents: number;
  invited: number;
  line: number | null;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
}

/**
 * Freezes every pulse that closed and settled before `now`: each team's answers to it (an atom),
 * counted from the raw answers per line and per item, with the department tree and the thresholds in force now. Nothing
 * later — a move, a reorganisation, a threshold change — changes what a frozen pulse counts in.
 */
export async function freezeSettledPulses(tx: Database, now: Date): Promise<number> {
  const due = rowsOf<{ id: number }>(
    await tx.execute(sql`
      select id from pulses p
      where closes_at <= ${now.toISOString()}::timestamptz - make_interval(secs => ${SETTLE_SECONDS})
        and not exists (select 1 from ${publishedPulses} pp where pp.pulse_id = p.id)
      order by opens_at`),
  ).map((row) => Number(row.id));
  if (due.length === 0) return 0;
  const [structure, thresholds] = await Promise.all([loadOrgStructure(tx), loadAnonymityThresholds(tx)]);
  for (const pulseId of due) {
    const rows = rowsOf<AtomRow>(await tx.execute(atomsOfPulse(pulseId)));
    const atoms = new Map<number, { respondents: number; invited: number; scoreCounts: number[] }>();
    for (const row of rows) {
      const atom = atoms.get(row.team_id) ?? {
        respondents: Number(row.respondents),
        invited: Number(row.invited),
        scoreCounts: new Array<number>(SCORES_PER_ATOM).fill(0),
      };
      if (row.line !== null)
        atom.scoreCounts.splice(
          (row.line - 1) * 5,
          5,
          Number(row.s1),
          Number(row.s2),
          Number(row.s3),
          Number(row.s4),
          Number(row.s5),
        );
      atoms.set(row.team_id, atom);
    }
    await tx
      .insert(publishedPulses)
      .values({ pulseId, minGroupSize: thresholds.minGroupSize, commentMinGroupSize: thresholds.commentMinGroupSize });
    if (atoms.size === 0) continue;
    await insertJsonRows(
      tx,
      publishedAtoms,
      [...atoms].map(([teamId, atom]) => ({
        pulse_id: pulseId,
        team_id: teamId,
        units: unitsContainingTeam(structure, teamId),
        respondents: atom.respondents,
        invited: atom.invited,
        score_counts: atom.scoreCounts,
      })),
    );
  }
  return due.length;
}

/**
 * Per team of one pulse: respondents and invited, and per line the count of each score (a row
 * without a line for a team nobody answered in). Its answers are read once: counted per item, those
 * counts are frozen as the atoms' item counts (published_atom_items) by the same statement, and
 * summed per line here. An atom with an answer to an item its pulse did not ask gets no item counts,
 * as freezeMissingAtomItems would give it none.
 */
const atomsOfPulse = (pulseId: number) => sql`
  with invited as (select team_id, invited from (${invitedPerTeamPulse}) i where i.pulse_id = ${pulseId}),
  answered as (select team_id, count(*)::int as respondents from responses where pulse_id = ${pulseId} group by team_id),
  teams as (select team_id from invited union select team_id from answered),
  item_counts as materialized (
    select r.team_id, a.item_id,
      (count(*) filter (where a.score = 1))::int as s1, (count(*) filter (where a.score = 2))::int as s2,
      (count(*) filter (where a.score = 3))::int as s3, (count(*) filter (where a.score = 4))::int as s4,
      (count(*) filter (where a.score = 5))::int as s5
    from answers a join responses r on r.id = a.response_id
    where r.pulse_id = ${pulseId}
    group by r.team_id, a.item_id),
  asked as (select item_id from pulse_items where pulse_id = ${pulseId}),
  frozen_items as (
    insert into ${publishedAtomItems} (pulse_id, team_id, item_id, score_counts)
    select ${pulseId}, t.team_id, q.item_id,
      array[coalesce(c.s1, 0), coalesce(c.s2, 0), coalesce(c.s3, 0), coalesce(c.s4, 0), coalesce(c.s5, 0)]
    from teams t cross join asked q
    left join item_counts c on c.team_id = t.team_id and c.item_id = q.item_id
    where not exists (
      select 1 from item_counts o where o.team_id = t.team_id and o.item_id not in (select item_id from asked))),
  scores as (
    select c.team_id, si.line, sum(c.s1)::int as s1, sum(c.s2)::int as s2, sum(c.s3)::int as s3,
      sum(c.s4)::int as s4, sum(c.s5)::int as s5
    from item_counts c join survey_items si on si.id = c.item_id
    group by c.team_id, si.line)
  select t.team_id, coalesce(ans.respondents, 0) as respondents, coalesce(inv.invited, 0) as invited, s.line,
    coalesce(s.s1, 0) as s1, coalesce(s.s2, 0) as s2, coalesce(s.s3, 0) as s3, coalesce(s.s4, 0) as s4, coalesce(s.s5, 0) as s5
  from teams t
  left join invited inv on inv.team_id = t.team_id
  left join answered ans on ans.team_id = t.team_id
  left join scores s on s.team_id = t.team_id`;
