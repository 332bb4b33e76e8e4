'use server';
import { revalidatePath } from 'next/cache';
import { createLeaderAction, setLeaderActionDone } from '@/lib/server/team/leader-actions';
import { requireViewer } from '@/lib/server/access/session';
import { AppError } from '@/lib/domain/errors';
import { type LeaderActionError, leaderActionDoneSchema, leaderActionInputSchema } from '@/lib/domain/leader-actions/leader-action-schema';

type Refusal = 'forbidden' | 'notFound' | 'failed';
const FIELDS = ['teamId', 'line', 'what', 'owner', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];

const textOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

export interface RecordActionState {
  status: 'idle' | 'saved' | 'invalid' | Refusal;
  errors?: Partial<Record<Field, LeaderActionError>>;
  /** What was typed, so that a refused form keeps it. */
  values?: Partial<Record<Field, string>>;
}

export interface ActionDoneState {
  status: 'idle' | 'saved' | 'invalid' | Refusal;
}

function refusal(error: unknown): Refusal {
  if (error instanceof AppError && (error.code === 'forbidden' || error.code === 'unauthenticated')) return 'forbidden';
  if (error instanceof AppError && error.code === 'not_found') return 'notFound';
  console.error(error);
  return 'failed';
}

/** Records a leader's action from the form; bad input changes nothing and says which field is wrong. */
export async function recordLeaderAction(_previous: RecordActionState, formData: FormData): Promise<RecordActionState> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, textOf(formData.get(field))]));
  const parsed = leaderActionInputSchema.safeParse(values);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message as LeaderActionError]));
    return { status: 'invalid', errors, values };
  }
  try {
    await createLeaderAction(await requireViewer('team:view'), parsed.data);
  } catch (error) {
    return { status: refusal(error), values };
  }
  revalidatePath('/team', 'layout');
  return { status: 'saved' };
}

/** Marks an action done, or not done again. */
export async function markLeaderActionDone(_previous: ActionDoneState, formData: FormData): Promise<ActionDoneState> {
  const parsed = leaderActionDoneSchema.safeParse({ actionId: formData.get('actionId'), done: formData.get('done') });
  if (!parsed.success) return { status: 'invalid' };
  try {
    await setLeaderActionDone(await requireViewer('team:view'), parsed.data);
  } catch (error) {
    return { status: refusal(error) };
  }
  revalidatePath('/team', 'layout');
  return { status: 'saved' };
}
