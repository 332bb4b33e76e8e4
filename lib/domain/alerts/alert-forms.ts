import { z } from 'zod';
import { formContract, numberOf, textOf } from '@/lib/domain/forms/form-contract';
import { alertPreferencesSchema, alertSettingsSchema } from './alert-kinds';

/** A checkbox: ticked sends 'on', unticked sends nothing; anything else is refused. */
const checkbox = z.enum(['on', '']).transform((value) => value === 'on');
const checkboxOf = (form: FormData, name: string) => textOf(form, name);

export const alertPreferencesForm = formContract(
  z.object({ kinds: alertPreferencesSchema.shape.kinds, email: checkbox, inApp: checkbox }),
  (form) => ({
    kinds: form.getAll('kinds').map(String),
    email: checkboxOf(form, 'email'),
    inApp: checkboxOf(form, 'inApp'),
  }),
);

export const alertSettingsForm = formContract(
  z.object({ leaderEmails: checkbox }).pipe(alertSettingsSchema),
  (form) => ({ leaderEmails: checkboxOf(form, 'leaderEmails') }),
);

/** One alert to mark read, or every alert when `all` is sent. */
export const markAlertsReadForm = formContract(
  z.union([z.object({ all: z.literal('on') }), z.object({ alertId: z.number().int().positive() })]),
  (form) => (textOf(form, 'all') === 'on' ? { all: 'on' } : { alertId: numberOf(form, 'alertId') }),
);
