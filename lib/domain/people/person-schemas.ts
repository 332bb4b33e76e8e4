import { z } from 'zod';
import { formContract, numberOf, textOf } from '@/lib/domain/forms/form-contract';
import { databaseId } from '@/lib/domain/validation/database-id';

const id = databaseId('Choose one from the list.');

/** A move to another team on a date (today or earlier). */
export const teamMoveSchema = z.object({
  personId: id,
  teamId: id,
  date: z.iso.date({ message: 'The date must be a date such as 2026-11-30.' }),
});
export const teamMoveForm = formContract(teamMoveSchema, (form) => ({
  personId: numberOf(form, 'personId'),
  teamId: numberOf(form, 'teamId'),
  date: textOf(form, 'date'),
}));

/** Deactivating a leaver, or reactivating someone who returns. */
export const personActivationSchema = z.object({ personId: id, change: z.enum(['deactivate', 'reactivate']) });
export const personActivationForm = formContract(personActivationSchema, (form) => ({
  personId: numberOf(form, 'personId'),
  change: textOf(form, 'change'),
}));

export const PEOPLE_PAGE_SIZE = 25;
export const PEOPLE_STATUSES = ['active', 'inactive', 'all'] as const;

/** A search of the people list: by name or email, by status, one page at a time. */
export const peopleSearchSchema = z.object({
  q: z.string().trim().max(100).default(''),
  status: z.enum(PEOPLE_STATUSES).default('active'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type TeamMoveInput = z.infer<typeof teamMoveSchema>;
export type PeopleSearch = z.infer<typeof peopleSearchSchema>;
