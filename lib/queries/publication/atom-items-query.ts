import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedAtomItems, publishedAtoms, publishedCellItems } from '@/db/schema';
import { atomId } from '@/lib/domain/anonymity/atom-patterns';
import { questionFigureKey } from '@/lib/domain/anonymity/decide-question-figures';

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
 * the atoms of the figure's cell that have item counts for its item. `cellMembers` are the
 * [atomId, publishedCellKey] pairs, over atoms of the pulses, of the cells whose figures are wanted,
 * as the caller has them already; the atoms' items and the cells' partial items come from two small
 * reads, where joining the three tables in SQL read a row per atom, cell and item.
 */
export async function loadQuestionMemberships(
  tx: Database,
  pulseIds: readonly number[],
  cellMembers: Iterable<readonly [atom: string, cell: string]>,
): Promise<[string, string][]> {
  if (pulseIds.length === 0) return [];
  const [partialRows, itemRows] = await Promise.all([
    // Every cell of the pulses' periods: those holding none of their atoms get no pairs below, and the
    // period index finds these where matching the cells that hold an atom scanned every figure.
    tx.execute(sql`
      select ci.unit || '|' || ci.period_kind::text || '|' || ci.period_label as cell, string_agg(ci.item_id::text, ',') as items
      from ${publishedCellItems} ci
      join (
        select distinct period.kind::period_kind as kind, period.label from pulses p,
          lateral (values ('week', p.week_label), ('month', p.month_label), ('quarter', p.quarter_label)) period(kind, label)
        where p.id in ${pulseIds}) periods on ci.period_kind = periods.kind and ci.period_label = periods.label
      where ci.partial
      group by ci.unit, ci.period_kind, ci.period_label`),
    // Grouped by item list: a pulse's atoms mostly share one, so each list is parsed once.
    tx.execute(sql`
      select pulse_id, items, string_agg(team_id::text, ',') as teams from (
        select pulse_id, team_id, string_agg(item_id::text, ',') as items from ${publishedAtomItems}
        where pulse_id in ${pulseIds} group by pulse_id, team_id) atom_items
      group by pulse_id, items`),
  ]);
  const itemsOfAtom = new Map<string, ReadonlySet<number>>();
  for (const row of rowsOf<{ pulse_id: number; items: string; teams: string }>(itemRows)) {
    const items = new Set(row.items.split(',').map(Number));
    for (const team of row.teams.split(',')) itemsOfAtom.set(atomId(Number(row.pulse_id), Number(team)), items);
  }
  const atomsOfCell = new Map<string, string[]>();
  for (const [atom, cell] of cellMembers) {
    const atoms = atomsOfCell.get(cell);
    if (atoms) atoms.push(atom);
    else atomsOfCell.set(cell, [atom]);
  }
  const pairs: [string, string][] = [];
  for (const row of rowsOf<{ cell: string; items: string }>(partialRows)) {
    const atoms = atomsOfCell.get(row.cell) ?? [];
    for (const item of row.items.split(',').map(Number)) {
      const key = questionFigureKey(row.cell, item);
      for (const atom of atoms) if (itemsOfAtom.get(atom)?.has(item)) pairs.push([atom, key]);
    }
  }
  return pairs;
}
