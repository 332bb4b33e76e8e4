import { withPeriodLabels } from '@/lib/domain/periods/pulse-periods';
import { inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  answers,
  comments,
  departmentHeads,
  departments,
  personRoles,
  people,
  pulseItems,
  pulses,
  responses,
  surveyItems,
  teamLeaders,
  teamMemberships,
  teams,
} from '@/db/schema';
import { inChunks } from '@/db/in-chunks';
import { demoCommentLine } from '../demo/demo-comments';
import type { DemoPlan } from '../plan/plan-types';
import { QUESTION_BANK } from '../plan/question-bank';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface SeedCounts {
  surveyItems: number;
  departments: number;
  teams: number;
  people: number;
  memberships: number;
  pulses: number;
  responses: number;
  answers: number;
  comments: number;
}

/**
 * Inserts the demo plan with multi-row inserts, on Postgres and PGlite alike (the large organisation
 * is copied instead), parents before children. Generated ids are read back with `returning` and
 * matched on each row's natural key (name, email, opening time), never on the order of the rows.
 */
export async function insertDemoPlan(tx: Transaction, plan: DemoPlan, passwordHash: string): Promise<SeedCounts> {
  // The bank may already hold some of these items; existing rows are kept and reused.
  await tx
    .insert(surveyItems)
    .values([...QUESTION_BANK])
    .onConflictDoNothing({ target: surveyItems.textNl });
  const bankRows = await tx
    .select({ id: surveyItems.id, textNl: surveyItems.textNl })
    .from(surveyItems)
    .where(
      inArray(
        surveyItems.textNl,
        QUESTION_BANK.map((item) => item.textNl),
      ),
    );
  const itemIdByText = new Map(bankRows.map((row) => [row.textNl, row.id]));
  const itemIds = QUESTION_BANK.map((item) => idOf(itemIdByText, item.textNl));
  const itemId = (index: number) => itemIds[index] ?? missing('question bank item', String(index));

  const departmentIds = new Map<string, number>();
  for (let pending = plan.departments; pending.length > 0;) {
    const ready = pending.filter((department) => department.parent === null || departmentIds.has(department.parent));
    if (ready.length === 0) throw new Error('department parents form a cycle or are missing');
    const rows = await tx
      .insert(departments)
      .values(
        ready.map(({ name, parent }) => ({ name, parentId: parent === null ? null : idOf(departmentIds, parent) })),
      )
      .returning({ id: departments.id, name: departments.name });
    for (const row of rows) departmentIds.set(row.name, row.id);
    pending = pending.filter((department) => !departmentIds.has(department.name));
  }

  const teamRows = await tx
    .insert(teams)
    .values(plan.teams.map(({ name, department }) => ({ name, departmentId: idOf(departmentIds, department) })))
    .returning({ id: teams.id, name: teams.name });
  const teamIds = new Map(teamRows.map((row) => [row.name, row.id]));

  const personIds = new Map<string, number>();
  await inChunks(plan.people, async (chunk) => {
    const rows = await tx
      .insert(people)
      .values(chunk.map(({ email, name, locale }) => ({ email, name, locale, passwordHash })))
      .returning({ id: people.id, email: people.email });
    for (const row of rows) personIds.set(row.email, row.id);
  });
  const personId = (email: string) => idOf(personIds, email);

  await inChunks(
    plan.people.flatMap((person) => person.roles.map((role) => ({ personId: personId(person.email), role }))),
    (chunk) => tx.insert(personRoles).values(chunk),
  );
  await inChunks(
    plan.memberships.map(({ email, team, validFrom, validTo }) => ({
      personId: personId(email),
      teamId: idOf(teamIds, team),
      validFrom,
      validTo,
    })),
    (chunk) => tx.insert(teamMemberships).values(chunk),
  );
  await tx
    .insert(teamLeaders)
    .values(plan.leaders.map(({ team, email }) => ({ teamId: idOf(teamIds, team), personId: personId(email) })));
  await tx.insert(departmentHeads).values(
    plan.heads.map(({ department, email }) => ({
      departmentId: idOf(departmentIds, department),
      personId: personId(email),
    })),
  );

  const pulseRows = await tx
    .insert(pulses)
    .values(plan.pulses.map(({ opensAt, closesAt }) => withPeriodLabels({ opensAt, closesAt })))
    .returning({ id: pulses.id, opensAt: pulses.opensAt });
  const pulseIdByOpening = new Map(pulseRows.map((row) => [row.opensAt.toISOString(), row.id]));
  const pulseIds = plan.pulses.map((pulse) => idOf(pulseIdByOpening, pulse.opensAt.toISOString()));
  const pulseId = (index: number) => pulseIds[index] ?? missing('pulse', String(index));
  await tx.insert(pulseItems).values(
    plan.pulses.flatMap((pulse, index) =>
      pulse.itemIndexes.map((itemIndex, position) => ({
        pulseId: pulseId(index),
        itemId: itemId(itemIndex),
        position: position + 1,
      })),
    ),
  );

  const responseIds = new Map<string, number>();
  await inChunks(plan.responses, async (chunk) => {
    const rows = await tx
      .insert(responses)
      .values(
        chunk.map((response) => ({
          pulseId: pulseId(response.pulseIndex),
          personId: personId(response.email),
          teamId: idOf(teamIds, response.team),
          submittedAt: response.submittedAt,
          updatedAt: response.submittedAt,
        })),
      )
      .returning({ id: responses.id, pulseId: responses.pulseId, personId: responses.personId });
    for (const row of rows) responseIds.set(`${row.pulseId}:${row.personId}`, row.id);
  });
  const responseId = (pulseIndex: number, email: string) =>
    idOf(responseIds, `${pulseId(pulseIndex)}:${personId(email)}`);

  const answerRows = plan.responses.flatMap((response) =>
    response.answers.map(({ itemIndex, score }) => ({
      responseId: responseId(response.pulseIndex, response.email),
      itemId: itemId(itemIndex),
      score,
    })),
  );
  await inChunks(answerRows, (chunk) => tx.insert(answers).values(chunk));
  const commentRows = plan.responses.flatMap((response) =>
    response.comment === null
      ? []
      : [
          {
            responseId: responseId(response.pulseIndex, response.email),
            body: response.comment,
            line: demoCommentLine(response.comment, responseId(response.pulseIndex, response.email)),
            createdAt: response.submittedAt,
          },
        ],
  );
  await inChunks(commentRows, (chunk) => tx.insert(comments).values(chunk));

  return {
    surveyItems: QUESTION_BANK.length,
    departments: plan.departments.length,
    teams: plan.teams.length,
    people: plan.people.length,
    memberships: plan.memberships.length,
    pulses: plan.pulses.length,
    responses: plan.responses.length,
    answers: answerRows.length,
    comments: commentRows.length,
  };
}

function idOf<Key>(ids: ReadonlyMap<Key, number>, key: Key): number {
  return ids.get(key) ?? missing('row', String(key));
}

function missing(kind: string, key: string): never {
  throw new Error(`seed: no id for ${kind} ${key}`);
}
