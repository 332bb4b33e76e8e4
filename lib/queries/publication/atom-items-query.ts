import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedAtomItems, publishedAtoms, publishedCellAtoms, publishedCellItems } from '@/db/schema';
import { atomId } from '@/lib/domain/anonymity/atom-patterns';
import { membershipPairs } from './membership-pairs';

/** Per atom id, the score counts (1–5) of each item its pulse asked. */
export type AtomItems = Map<string, Map<number, number[]>>;

/**
 * Freezes, for every atom of the pulses that has none yet, the score counts of each item its pulse
 * asked, from the raw answers: only where those are all still there and sum, per line, to the atom's
 * frozen counts (for an atom frozen before item counts were kept, its answers may since be deleted or
 * changed; then it gets none, and no cell that holds it gets question figures).
 */
export async function freezeMissingAtomItems(tx: Database, pulseIds: readonly number[]): Promise<void> {
  if (pulseIds.length === 0) return;
  await tx.execute(sql`
    with atoms as (
      select pa.pulse_id, pa.team_id, pa.respondents, pa.score_counts from ${publishedAtoms} pa
      where pa.pulse_id in ${pulseIds}
        -- Hashed: an anti-join planned for the few rows stale statistics give the newest pulse scans them all per atom.
        and (pa.pulse_id, pa.team_id) not in (select pulse_id, team_id from ${publishedAtomItems} where pulse_id in ${pulseIds})),
    answered as (
      select r.pulse_id, r.team_id, a.item_id,
        (count(*) filter (where a.score = 1))::int as c1, (count(*) filter (where a.score = 2))::int as c2,
        (count(*) filter (where a.score = 3))::int as c3, (count(*) filter (where a.score = 4))::int as c4,
        (count(*) filter (where a.score = 5))::int as c5
      from atoms at
      join responses r on r.pulse_id = at.pulse_id and r.team_id = at.team_id
      join answers a on a.response_id = r.id
      group by r.pulse_id, r.team_id, a.item_id),
    items as (
      select at.pulse_id, at.team_id, pi.item_id, si.line,
        array[coalesce(n.c1, 0), coalesce(n.c2, 0), coalesce(n.c3, 0), coalesce(n.c4, 0), coalesce(n.c5, 0)] as counts
      from atoms at
      join pulse_items pi on pi.pulse_id = at.pulse_id
      join survey_items si on si.id = pi.item_id
      left join answered n on n.pulse_id = at.pulse_id and n.team_id = at.team_id and n.item_id = pi.item_id),
    lines as (
      select pulse_id, team_id, line, sum(counts[1]) as c1, sum(counts[2]) as c2, sum(counts[3]) as c3,
        sum(counts[4]) as c4, sum(counts[5]) as c5
      from items group by pulse_id, team_id, line),
    unchanged as (
      select at.pulse_id, at.team_id from atoms at join lines l using (pulse_id, team_id)
      where at.respondents = (select count(*) from responses r where r.pulse_id = at.pulse_id and r.team_id = at.team_id)
      group by at.pulse_id, at.team_id
      having bool_and(l.c1 = coalesce(at.score_counts[(l.line - 1) * 5 + 1], 0) and l.c2 = coalesce(at.score_counts[(l.line - 1) * 5 + 2], 0)
        and l.c3 = coalesce(at.score_counts[(l.line - 1) * 5 + 3], 0) and l.c4 = coalesce(at.score_counts[(l.line - 1) * 5 + 4], 0)
        and l.c5 = coalesce(at.score_counts[(l.line - 1) * 5 + 5], 0)))
    insert into ${publishedAtomItems} (pulse_id, team_id, item_id, score_counts)
    select i.pulse_id, i.team_id, i.item_id, i.counts from items i join unchanged u using (pulse_id, team_id)`);
}

/** The frozen item counts of every atom of the pulses that has them. */
export async function loadAtomItems(tx: Database, pulseIds: readonly number[]): Promise<AtomItems> {
  const items: AtomItems = new Map();
  if (pulseIds.length === 0) return items;
  const rows = rowsOf<{ pulse_id: number; team_id: number; item_id: number; score_counts: number[] }>(
    await tx.execute(
      sql`select pulse_id, team_id, item_id, score_counts from ${publishedAtomItems} where pulse_id in ${pulseIds}`,
    ),
  );
  for (const row of rows) {
    const id = atomId(Number(row.pulse_id), Number(row.team_id));
    const ofAtom = items.get(id) ?? new Map<number, number[]>();
    ofAtom.set(Number(row.item_id), row.score_counts.map(Number));
    items.set(id, ofAtom);
  }
  return items;
}

/**
 * Which partial question figures hold each atom of the pulses, as [atomId, questionFigureKey] pairs:
 * the atoms of the figure's cell whose pulse asked its item.
 */
export async function loadQuestionMemberships(tx: Database, pulseIds: readonly number[]): Promise<[string, string][]> {
  if (pulseIds.length === 0) return [];
  const [row] = rowsOf<{ pairs: string | null }>(
    await tx.execute(sql`
      select string_agg(ca.pulse_id || '|' || ca.team_id || ' ' || ca.unit || '|' || ca.period_kind::text || '|' || ca.period_label || '#' || ci.item_id, ';') as pairs
      from ${publishedCellAtoms} ca
      join ${publishedCellItems} ci on ci.unit = ca.unit and ci.period_kind = ca.period_kind and ci.period_label = ca.period_label
      join ${publishedAtomItems} ai on ai.pulse_id = ca.pulse_id and ai.team_id = ca.team_id and ai.item_id = ci.item_id
      where ca.pulse_id in ${pulseIds} and ci.partial`),
  );
  return membershipPairs(row?.pairs ?? null);
}
