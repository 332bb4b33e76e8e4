import { inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedAtoms, publishedCellAtoms, publishedPulses } from '@/db/schema';
import { AtomPatterns, atomId } from '@/lib/domain/anonymity/atom-patterns';
import type { UnitKey } from '@/lib/domain/rollups/units';
import type { FrozenAtom } from '@/lib/domain/publication/cell-figures';
import { loadQuestionMemberships } from './atom-items-query';
import { membershipPairs } from './membership-pairs';

/**
 * What a decision over some pulses' atoms must respect: those atoms and every atom that shares a
 * published cell with them (the groups it may split), and the published cells and question figures
 * that hold them.
 */
export async function loadDecisionContext(
  tx: Database,
  pulseIdsOfPeriod: readonly number[],
): Promise<{ atoms: Map<string, FrozenAtom>; patterns: AtomPatterns }> {
  const related = rowsOf<{ pulse_id: number }>(
    await tx.execute(sql`
      select distinct pulse_id from ${publishedCellAtoms}
      where (unit, period_kind, period_label) in (
        select distinct unit, period_kind, period_label from ${publishedCellAtoms} where pulse_id in ${pulseIdsOfPeriod})`),
  ).map((row) => Number(row.pulse_id));
  const pulseIds = [...new Set([...pulseIdsOfPeriod, ...related])];
  const [atoms, memberships] = await Promise.all([loadFrozenAtoms(tx, pulseIds), loadMemberships(tx, pulseIds)]);
  const questions = await loadQuestionMemberships(tx, pulseIds, memberships);
  return { atoms, patterns: new AtomPatterns([...memberships, ...questions]) };
}

async function loadFrozenAtoms(tx: Database, pulseIds: number[]): Promise<Map<string, FrozenAtom>> {
  const [rows, persons] = await Promise.all([
    tx
      .select({
        pulseId: publishedAtoms.pulseId,
        teamId: publishedAtoms.teamId,
        units: publishedAtoms.units,
        respondents: publishedAtoms.respondents,
        invited: publishedAtoms.invited,
        scoreCounts: publishedAtoms.scoreCounts,
        minGroupSize: publishedPulses.minGroupSize,
        commentMinGroupSize: publishedPulses.commentMinGroupSize,
      })
      .from(publishedAtoms)
      .innerJoin(publishedPulses, sql`${publishedPulses.pulseId} = ${publishedAtoms.pulseId}`)
      .where(inArray(publishedAtoms.pulseId, pulseIds)),
    tx.execute(
      sql`select pulse_id, team_id, string_agg(person_id::text, ',') as persons from responses where pulse_id in ${pulseIds} group by pulse_id, team_id`,
    ),
  ]);
  const personsOf = new Map(
    rowsOf<{ pulse_id: number; team_id: number; persons: string }>(persons).map((row) => [
      atomId(Number(row.pulse_id), Number(row.team_id)),
      row.persons.split(',').map(Number),
    ]),
  );
  return new Map(
    rows.map((row) => {
      const id = atomId(row.pulseId, row.teamId);
      const persons = personsOf.get(id) ?? [];
      // Retention deleted the answers, or they changed since the pulse was frozen: then who answered is not known.
      return [id, { ...row, units: row.units as UnitKey[], persons, uncountable: persons.length !== row.respondents }];
    }),
  );
}

/** Which published cells hold each atom of the pulses, as [atomId, publishedCellKey] pairs, keyed in SQL as those build them. */
async function loadMemberships(tx: Database, pulseIds: number[]): Promise<[string, string][]> {
  const [row] = rowsOf<{ pairs: string | null }>(
    await tx.execute(sql`
      select string_agg(pulse_id || '|' || team_id || ' ' || unit || '|' || period_kind::text || '|' || period_label, ';') as pairs
      from ${publishedCellAtoms} where pulse_id in ${pulseIds}`),
  );
  return membershipPairs(row?.pairs ?? null);
}
