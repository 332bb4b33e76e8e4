import { formContract } from '@/lib/domain/forms/form-contract';
import { leaderActionDoneSchema, leaderActionInputSchema } from './leader-action-schema';

export const LEADER_ACTION_FIELDS = ['teamId', 'line', 'what', 'owner', 'dueDate'] as const;

export type LeaderActionField = (typeof LEADER_ACTION_FIELDS)[number];

/** The fields as typed, untrimmed: what the form shows again when the action is refused. */
function typedFields(form: FormData): Record<LeaderActionField, string> {
  const valueOf = (field: LeaderActionField) => {
    const value = form.get(field);
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(LEADER_ACTION_FIELDS.map((field) => [field, valueOf(field)])) as Record<
    LeaderActionField,
    string
  >;
}

/** Recording an action: each field says what is wrong with it, and a refused form keeps what was typed. */
export const leaderActionForm = formContract(leaderActionInputSchema, typedFields, {
  issueKeys: true,
  typedValues: typedFields,
});

export const leaderActionDoneForm = formContract(leaderActionDoneSchema, (form) => ({
  actionId: form.get('actionId'),
  done: form.get('done'),
}));
