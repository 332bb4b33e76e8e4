import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { roleRevocationForm } from '@/lib/domain/admin/admin-schemas';
import type { FormContract } from '@/lib/domain/forms/form-contract';
import { leaderActionDoneSchema, leaderActionInputSchema } from '@/lib/domain/leader-actions/leader-action-schema';
import {
  departmentForm,
  leadershipForm,
  leadershipRemovalForm,
  teamForm,
} from '@/lib/domain/organisation/organisation-schemas';
import { personActivationForm, teamMoveForm } from '@/lib/domain/people/person-schemas';
import { surveyItemReferenceForm, surveyItemTextForm } from '@/lib/domain/pulses/survey-item-schemas';
import { responseSubmissionSchema } from '@/lib/domain/responses/response-submission-schema';

/** Every server action's form with an id field, filled in validly apart from that id. */
const FORMS: [string, FormContract<z.ZodType>, Record<string, string>, string[]][] = [
  ['department', departmentForm, { departmentId: '2', name: 'Sales', parentId: '1' }, ['departmentId', 'parentId']],
  ['team', teamForm, { teamId: '2', name: 'Desk', departmentId: '1' }, ['teamId', 'departmentId']],
  ['leadership', leadershipForm, { unit: 'team', unitId: '2', email: 'a@b.test' }, ['unitId']],
  ['leadership removal', leadershipRemovalForm, { unit: 'team', unitId: '2', personId: '3' }, ['unitId', 'personId']],
  ['team move', teamMoveForm, { personId: '3', teamId: '2', date: '2026-03-01' }, ['personId', 'teamId']],
  ['activation', personActivationForm, { personId: '3', change: 'deactivate' }, ['personId']],
  [
    'question text',
    surveyItemTextForm,
    { itemId: '4', textNl: 'Een vraag hier.', textEn: 'A question here.' },
    ['itemId'],
  ],
  ['question retirement', surveyItemReferenceForm, { itemId: '4' }, ['itemId']],
  ['role revocation', roleRevocationForm, { personId: '3', role: 'hr' }, ['personId']],
];

const formData = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

const refusedFields = (contract: FormContract<z.ZodType>, fields: Record<string, string>) => {
  const result = contract.schema.safeParse(contract.read(formData(fields)));
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
};

describe('ids in the forms of server actions', () => {
  it.each(FORMS)(
    '%s: takes valid ids and refuses ids beyond the database’s integers as invalid input',
    (_name, contract, valid, idFields) => {
      expect(refusedFields(contract, valid)).toEqual([]);
      for (const field of idFields) {
        for (const id of ['2147483648', '99999999999', '-1', 'abc'])
          expect(refusedFields(contract, { ...valid, [field]: id }), `${field}=${id}`).toEqual([field]);
      }
    },
  );

  it('refuses a leader action or a team beyond the database’s integers with the form’s keys', () => {
    expect(
      leaderActionDoneSchema
        .safeParse({ actionId: '2147483648', done: 'true' })
        .error?.issues.map((issue) => issue.message),
    ).toEqual(['action']);
    const input = { teamId: '2147483648', line: '2', what: 'Iets doen', owner: 'Pieter', dueDate: '' };
    expect(leaderActionInputSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual(['team']);
  });

  it('refuses an answer to a question id beyond the database’s integers', () => {
    const result = responseSubmissionSchema.safeParse({ answers: [{ itemId: 2_147_483_648, score: 3 }] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Every answer needs the id of its question.']);
  });
});
