import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { inFlight, statementsSent } from '@/db/statements-sent';
import { publishedCells } from '@/db/schema';
import { atomId } from '@/lib/domain/anonymity/atom-patterns';
import { publishedCellKey } from '@/lib/domain/anonymity/decide-period-cells';
import {
  type PersonMeanFigure,
  type TermAtom,
  decidePersonMeanFigures,
} from '@/lib/domain/anonymity/person-mean-terms';
import { servedTermPatterns } from '@/lib/domain/anonymity/served-term-patterns';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { loadQuestionMemberships } from './atom-items-query';
import { personMeansOfPeriod } from './person-means-query';

interface FigureAtomRow {
  unit: UnitKey;
  kind: PeriodKind;
  label: string;
  candidate: boolean;
  means: boolean;
  pulse_id: number;
  team_id: number;
}

interface AtomRow {
  pulse_id: number;
  team_id: number;
  respondents: number;
  min_group_size: number;
  persons: string | null;
}

/**
 * Fills the person means and overlaps of every shown month and quarter that has none yet, from the
 * raw answers (the line sums each response keeps of them), once: right after its period is decided, or, for cells published before they were
 * kept, on the first publication run after the upgrade; months before quarters, as they become final.
 * A cell gets them only when the person-mean rule (lib/domain/anonymity/person-mean-terms.ts) lets it and
 * all its answers are still there; otherwise it gets empty arrays, and its statistics come from its
 * answers (lib/domain/stats/line-statistics.ts). Weeks always do: in a week a person's mean is their one
 * response's, and publishing those would leave most months unable to publish theirs (a month's
 * person means minus its weeks' would single out the few who answered more than one week). Returns
 * how many periods it filled.
 */
export async function fillPersonMeans(tx: Database): Promise<number> {
  const periods = rowsOf<{ kind: PeriodKind; label: string }>(
    await tx.execute(sql`
      select distinct period_kind::text as kind, period_label as label from ${publishedCells}
      where status = 'shown' and person_means is null`),
  ).sort((a, b) => PERIOD_KINDS.indexOf(a.kind) - PERIOD_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label));
  for (const period of periods) {
    if (period.kind !== 'week') await publishAllowedFigures(tx, period.kind, period.label);
    await tx.execute(sql`
      update ${publishedCells} set person_means = '{}', overlap = '{}'
      where period_kind = ${period.kind} and period_label = ${period.label} and status = 'shown' and person_means is null`);
  }
  return periods.length;
}

/**
 * Fills the cells of one period whose person-mean figure the rule allows. The rule weighs it against
 * everything served that shares an answer with it: every shown cell's score counts (a sum of the
 * answers of its atoms: one term per response, the same as a person mean over a single pulse), every
 * partial question figure's (the same over the atoms that asked its item) and every person-mean
 * figure published before. Cells are loaded two steps out from the period's
 * pulses, so every figure that holds a term of a loaded figure is loaded too.
 *
 * The rule weighs terms, not values: a figure serves, per term, the four line means and their
 * composite (the connection score's fifth entry), and any linear combination of figures, over any
 * of those values, still gives every term of one pattern the same weights. So what it isolates is
 * still a union of whole patterns, and the composite needs no decision of its own.
 */
async function publishAllowedFigures(tx: Database, kind: PeriodKind, label: string): Promise<void> {
  const figureAtoms = rowsOf<FigureAtomRow>(
    await tx.execute(sql`
      with candidate_pulses as (
        select distinct pulse_id from published_cell_atoms ca join ${publishedCells} c using (unit, period_kind, period_label)
        where c.period_kind = ${kind} and c.period_label = ${label} and c.status = 'shown' and c.person_means is null),
      -- Pulses as arrays, read through the atom index: as joins, the cells were scanned by parallel
      -- workers that each worked the candidates out again.
      near_cells as (
        select distinct unit, period_kind, period_label from published_cell_atoms where pulse_id = any(array(select pulse_id from candidate_pulses))),
      near_pulses as (
        select distinct pulse_id from published_cell_atoms join near_cells using (unit, period_kind, period_label)),
      cells as (select distinct unit, period_kind, period_label from published_cell_atoms where pulse_id = any(array(select pulse_id from near_pulses)))
      select c.unit, c.period_kind::text as kind, c.period_label as label,
        (c.period_kind = ${kind} and c.period_label = ${label} and c.person_means is null) as candidate,
        coalesce(cardinality(c.person_means), 0) > 0 as means, ca.pulse_id, ca.team_id
      from cells join ${publishedCells} c using (unit, period_kind, period_label)
      join published_cell_atoms ca using (unit, period_kind, period_label)
      where c.status = 'shown'`),
  );
  const pulseIds = [...new Set(figureAtoms.map((row) => Number(row.pulse_id)))];
  if (pulseIds.length === 0) return;
  const atoms = await loadTermAtoms(tx, pulseIds);

  const figures = new Map<string, { candidate: boolean; means: boolean; unit: UnitKey; atoms: LoadedAtom[] }>();
  const cellMembers: [atom: string, cell: string][] = [];
  for (const row of figureAtoms) {
    const key = publishedCellKey(row.unit, row.kind, row.label);
    const id = atomId(Number(row.pulse_id), Number(row.team_id));
    const figure = figures.get(key) ?? { candidate: row.candidate, means: row.means, unit: row.unit, atoms: [] };
    figure.atoms.push(atoms.get(id)!);
    figures.set(key, figure);
    cellMembers.push([id, key]);
  }
  // A partial question figure sums the answers of some of its cell's atoms: one term per response, like the cell's counts.
  const questionAtoms = new Map<string, LoadedAtom[]>();
  for (const [id, key] of await loadQuestionMemberships(tx, pulseIds, cellMembers)) {
    questionAtoms
      .set(key, questionAtoms.get(key) ?? [])
      .get(key)!
      .push(atoms.get(id)!);
  }
  // Every candidate's person means, worked out by the database while the rule below decides which may
  // publish: a cell's figures depend on its own atoms only.
  const computed = inFlight(
    tx.execute(sql`
      create temp table period_person_means on commit drop as
      ${personMeansOfPeriod({ kind, label, which: 'unfilled' })}`),
  );
  await statementsSent();
  const { patterns, known, termsOf } = servedTermPatterns(figures.values(), questionAtoms.values());
  // Atoms whose answers are gone: who answered them is not known, so nothing that holds one is published.
  const unknownAtoms = new Set(
    [...figures.values()].flatMap((figure) => (figure.atoms.some((atom) => !atom.countable) ? figure.atoms : [])),
  );
  const candidates: (PersonMeanFigure & { unit: UnitKey })[] = [...figures.values()]
    .filter((figure) => figure.candidate && figure.atoms.every((atom) => !unknownAtoms.has(atom)))
    .map((figure) => ({ key: `n${figure.unit}`, unit: figure.unit, terms: termsOf(figure.atoms) }))
    .sort((a, b) => a.terms.length - b.terms.length || a.key.localeCompare(b.key));
  const k = Math.max(
    0,
    ...[...figures.values()]
      .filter((figure) => figure.candidate)
      .flatMap((figure) => figure.atoms.map((atom) => atom.minGroupSize)),
  );
  const published = decidePersonMeanFigures(candidates, patterns, known, k);

  const units = candidates.filter((candidate) => published.has(candidate.key)).map((candidate) => candidate.unit);
  await computed;
  if (units.length > 0)
    await tx.execute(sql`
      update ${publishedCells} c set person_means = f.person_means, overlap = f.overlap
      from period_person_means f
      where f.unit in ${units} and c.unit = f.unit and c.period_kind = ${kind} and c.period_label = ${label}`);
  await tx.execute(sql`drop table period_person_means`);
}

type LoadedAtom = TermAtom & { countable: boolean };

/** Who answered each atom of the pulses, its threshold, and whether its answers are all still there. */
async function loadTermAtoms(tx: Database, pulseIds: readonly number[]): Promise<Map<string, LoadedAtom>> {
  const rows = rowsOf<AtomRow>(
    await tx.execute(sql`
      select pa.pulse_id, pa.team_id, pa.respondents, pp.min_group_size, string_agg(r.person_id::text, ',') as persons
      from published_atoms pa
      join published_pulses pp on pp.pulse_id = pa.pulse_id
      left join responses r on r.pulse_id = pa.pulse_id and r.team_id = pa.team_id
      where pa.pulse_id in ${pulseIds}
      group by pa.pulse_id, pa.team_id, pa.respondents, pp.min_group_size`),
  );
  return new Map(
    rows.map((row) => {
      const persons = row.persons ? row.persons.split(',').map(Number) : [];
      const atom = {
        pulseId: Number(row.pulse_id),
        teamId: Number(row.team_id),
        persons,
        minGroupSize: Number(row.min_group_size),
        countable: persons.length === Number(row.respondents),
      };
      return [atomId(atom.pulseId, atom.teamId), atom];
    }),
  );
}
