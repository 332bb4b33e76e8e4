import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCellAtoms, publishedPeriods, publishedPulses } from '@/db/schema';
import { AtomPatterns, atomId } from '@/lib/domain/anonymity/atom-patterns';
import { unitOrder } from '@/lib/domain/anonymity/decide-period-cells';
import type { ShownCell } from '@/lib/domain/anonymity/decide-question-figures';
import { PERIOD_KINDS, type PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { decidePeriodQuestions } from './decide-period-questions';
import { loadDecisionContext } from './decision-context';

/**
 * Decides the question figures of the periods decided before they were kept, once, on the first
 * publication run after the upgrade: weeks, then months, then quarters, each in order, against
 * everything published (later periods' cells too). Atoms whose answers are no longer all there get
 * no item counts, and the cells that hold them no question figures. Returns how many periods.
 */
export async function decideUndecidedQuestions(tx: Database): Promise<number> {
  const periods = rowsOf<{ kind: PeriodKind; label: string }>(
    await tx.execute(sql`
      select period_kind::text as kind, period_label as label from ${publishedPeriods} where not questions_decided`),
  ).sort((a, b) => PERIOD_KINDS.indexOf(a.kind) - PERIOD_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label));
  for (const period of periods) {
    const pulseIds = rowsOf<{ id: number }>(
      await tx.execute(sql`
        select p.id from pulses p join ${publishedPulses} pp on pp.pulse_id = p.id
        where ${sql.raw(`p.${period.kind}_label`)} = ${period.label}`),
    ).map((row) => Number(row.id));
    if (pulseIds.length === 0) {
      await decidePeriodQuestions(tx, { ...period, pulseIds }, [], [], new AtomPatterns(), new Map());
      continue;
    }
    const members = rowsOf<{ unit: UnitKey; pulse_id: number; team_id: number }>(
      await tx.execute(sql`
        select unit, pulse_id, team_id from ${publishedCellAtoms}
        where period_kind = ${period.kind} and period_label = ${period.label}`),
    );
    const { atoms, patterns } = await loadDecisionContext(tx, pulseIds);
    const own = new Set(pulseIds);
    const periodAtoms = [...atoms.values()].filter((atom) => own.has(atom.pulseId));
    const atomsOfUnit = new Map<UnitKey, string[]>();
    for (const row of members)
      atomsOfUnit
        .set(row.unit, atomsOfUnit.get(row.unit) ?? [])
        .get(row.unit)!
        .push(atomId(Number(row.pulse_id), Number(row.team_id)));
    const shown: ShownCell[] = unitOrder(periodAtoms, [...atomsOfUnit.keys()]).map((unit) => ({
      unit,
      atoms: atomsOfUnit.get(unit)!.sort(),
    }));
    await decidePeriodQuestions(tx, { ...period, pulseIds }, periodAtoms, shown, patterns, atoms);
  }
  return periods.length;
}
