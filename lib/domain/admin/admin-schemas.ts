import { z } from 'zod';
import { formContract, numberOf, textOf } from '@/lib/domain/forms/form-contract';
import { databaseId } from '@/lib/domain/validation/database-id';

/** The roles an admin grants and revokes here; leader and employee follow from the organisation. */
export const MANAGED_ROLES = ['hr', 'admin'] as const;
export type ManagedRole = (typeof MANAGED_ROLES)[number];

/** A role that only an admin grants, whose holders only an admin deactivates. */
export const isManagedRole = (role: string | null): role is ManagedRole =>
  (MANAGED_ROLES as readonly (string | null)[]).includes(role);

export const holdsManagedRole = (roles: readonly string[]) => roles.some(isManagedRole);

const role = z.enum(MANAGED_ROLES, { message: 'Choose HR or admin.' });

export const roleGrantSchema = z.object({
  email: z.email('Give the email address of a person in Verbinding.').max(254),
  role,
});
export const roleGrantForm = formContract(roleGrantSchema, (form) => ({
  email: textOf(form, 'email').toLowerCase(),
  role: textOf(form, 'role'),
}));

export const roleRevocationSchema = z.object({ personId: databaseId('There is no such person.'), role });
export const roleRevocationForm = formContract(roleRevocationSchema, (form) => ({
  personId: numberOf(form, 'personId'),
  role: textOf(form, 'role'),
}));

export const RETENTION_MIN_MONTHS = 3;
export const RETENTION_MAX_MONTHS = 240;

/** Delete the responses to pulses that closed more than `months` months ago. */
export const retentionSchema = z.object({
  months: z
    .number()
    .int()
    .min(RETENTION_MIN_MONTHS, `Keep at least ${RETENTION_MIN_MONTHS} months.`)
    .max(RETENTION_MAX_MONTHS),
  /** Absent: only count what would be deleted. 'delete': after the count was shown, delete. */
  confirm: z.enum(['delete']).optional(),
});
export const retentionForm = formContract(retentionSchema, (form) => ({
  months: numberOf(form, 'months'),
  confirm: textOf(form, 'confirm') || undefined,
}));

export type RoleGrantInput = z.infer<typeof roleGrantSchema>;
export type RoleRevocationInput = z.infer<typeof roleRevocationSchema>;
export type RetentionInput = z.infer<typeof retentionSchema>;
