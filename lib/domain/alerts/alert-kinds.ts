import { z } from 'zod';

export const ALERT_KINDS = ['published', 'drop', 'comments', 'conversation'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Which alerts a person wants, and where: in the app (the badge and the list) and by e-mail. */
export const alertPreferencesSchema = z.object({
  kinds: z.array(z.enum(ALERT_KINDS)).transform((kinds) => ALERT_KINDS.filter((kind) => kinds.includes(kind))),
  email: z.boolean(),
  inApp: z.boolean(),
});
export type AlertPreferences = z.output<typeof alertPreferencesSchema>;

/** Until a person chooses: every kind, in the app and by e-mail. */
export const DEFAULT_ALERT_PREFERENCES: AlertPreferences = { kinds: [...ALERT_KINDS], email: true, inApp: true };

/** HR's choice for the whole organisation: whether leaders get alert e-mails at all. */
export const alertSettingsSchema = z.object({ leaderEmails: z.boolean() });
export type AlertSettings = z.output<typeof alertSettingsSchema>;
export const DEFAULT_ALERT_SETTINGS: AlertSettings = { leaderEmails: true };

/** A page of the app to send the reader to: a path, never another site. */
export const alertLinkSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, 'A link is a path inside the app.');
