import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { insertJsonRows } from '@/db/insert-json-rows';
import { rowsOf } from '@/db/rows';
import { publishedCellAtoms, publishedCells, publishedPeriods, publishedPulses } from '@/db/schema';
import { type CellDecision, decidePeriodCells } from '@/lib/domain/anonymity/decide-period-cells';
import { type DuePeriod, periodsDue } from '@/lib/domain/anonymity/periods-due';
import { periodKey, periodLabelsOf } from '@/lib/domain/periods/period-labels';
import { cellFigures, type FrozenAtom } from '@/lib/domain/publication/cell-figures';
import { decidePeriodQuestions } from './decide-period-questions';
import { loadDecisionContext } from './decision-context';

/** Decides, in order, every period that is over with all its pulses published; returns how many. */
export async function decideDuePeriods(tx: Database, now: Date): Promise<number> {
  const pulseRows = rowsOf<{
    id: number;
    week: string;
    month: string;
    quarter: string;
    closes_at: string;
    published: boolean;
  }>(
    await tx.execute(sql`
      select p.id, p.week_label as week, p.month_label as month, p.quarter_label as quarter, p.closes_at,
        exists (select 1 from ${publishedPulses} pp where pp.pulse_id = p.id) as published
      from pulses p where p.opens_at <= ${now.toISOString()}::timestamptz`),
  );
  const decided = await tx
    .select({ kind: publishedPeriods.periodKind, label: publishedPeriods.periodLabel })
    .from(publishedPeriods);
  const due = periodsDue(
    pulseRows.map((row) => ({
      id: Number(row.id),
      labels: { week: row.week, month: row.month, quarter: row.quarter },
      closesAt: new Date(row.closes_at),
      published: row.published,
    })),
    periodLabelsOf(now),
    new Set(decided.map((row) => periodKey(row.kind, row.label))),
  );
  for (const period of due) await decidePeriod(tx, period);
  return due.length;
}

async function decidePeriod(tx: Database, period: DuePeriod): Promise<void> {
  const { atoms, patterns } = await loadDecisionContext(tx, period.pulseIds);
  const own = new Set(period.pulseIds);
  const periodAtoms = [...atoms.values()].filter((atom) => own.has(atom.pulseId));
  const decisions = decidePeriodCells(
    {
      kind: period.kind,
      label: period.label,
      atoms: periodAtoms,
      commentMinGroupSize: Math.max(0, ...periodAtoms.map((atom) => atom.commentMinGroupSize)),
    },
    patterns,
    atoms,
  );
  await writeDecisions(tx, period, decisions, atoms);
  const shown = decisions.filter((decision) => decision.status === 'shown');
  await decidePeriodQuestions(tx, period, periodAtoms, shown, patterns, atoms);
}

async function writeDecisions(
  tx: Database,
  period: DuePeriod,
  decisions: CellDecision[],
  atoms: ReadonlyMap<string, FrozenAtom>,
): Promise<void> {
  const where = { periodKind: period.kind, periodLabel: period.label };
  await tx.insert(publishedPeriods).values(where);
  if (decisions.length === 0) return;
  const cells = decisions.map((decision) => ({
    unit: decision.unit,
    ...where,
    status: decision.status,
    heldBack: decision.heldBack,
    comments: decision.comments,
    ...(decision.status === 'shown' ? cellFigures(decision.atoms.map((id) => atoms.get(id)!)) : {}),
  }));
  const members = decisions.flatMap((decision) =>
    decision.atoms.map((id) => ({
      unit: decision.unit,
      ...where,
      pulseId: atoms.get(id)!.pulseId,
      teamId: atoms.get(id)!.teamId,
    })),
  );
  await insertJsonRows(tx, publishedCells, cells.map(snakeCell));
  await insertJsonRows(
    tx,
    publishedCellAtoms,
    members.map((m) => ({
      unit: m.unit,
      period_kind: m.periodKind,
      period_label: m.periodLabel,
      pulse_id: m.pulseId,
      team_id: m.teamId,
    })),
  );
}

const snakeCell = (cell: {
  unit: string;
  periodKind: string;
  periodLabel: string;
  status: string;
  heldBack: boolean;
  comments: boolean;
  respondents?: number;
  responses?: number;
  invited?: number;
  scoreCounts?: number[];
}) => ({
  unit: cell.unit,
  period_kind: cell.periodKind,
  period_label: cell.periodLabel,
  status: cell.status,
  respondents: cell.respondents ?? null,
  responses: cell.responses ?? null,
  invited: cell.invited ?? null,
  held_back: cell.heldBack,
  comments: cell.comments,
  score_counts: cell.scoreCounts ?? null,
});
