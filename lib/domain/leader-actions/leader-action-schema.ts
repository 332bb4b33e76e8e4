import { z } from 'zod';
import { databaseIdText } from '@/lib/domain/validation/database-id';

/** What went wrong with a field, as a key the form translates (messages: team.actions.errors). */
export type LeaderActionError =
  'team' | 'action' | 'line' | 'whatRequired' | 'whatTooLong' | 'ownerRequired' | 'ownerTooLong' | 'dueDate';

const error = (key: LeaderActionError) => ({ message: key });
const text = (max: number, required: LeaderActionError, tooLong: LeaderActionError) =>
  z.string(error(required)).trim().min(1, error(required)).max(max, error(tooLong));

/** A new action a leader records against one line of one team; the same schema serves the form and the server. */
export const leaderActionInputSchema = z.object({
  teamId: databaseIdText('team' satisfies LeaderActionError),
  line: z.coerce.number(error('line')).int(error('line')).min(1, error('line')).max(4, error('line')),
  what: text(500, 'whatRequired', 'whatTooLong'),
  owner: text(200, 'ownerRequired', 'ownerTooLong'),
  dueDate: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.iso.date(error('dueDate')).nullable()),
});

export type LeaderActionInput = z.output<typeof leaderActionInputSchema>;

/** Marking an action done, or not done again. */
export const leaderActionDoneSchema = z.object({
  actionId: databaseIdText('action' satisfies LeaderActionError),
  done: z.enum(['true', 'false'], error('action')).transform((value) => value === 'true'),
});

export type LeaderActionDone = z.output<typeof leaderActionDoneSchema>;
