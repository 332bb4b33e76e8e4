import { index, integer, pgEnum, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people';
import { pulses } from './surveys';

export const notificationKindEnum = pgEnum('notification_kind', ['invitation', 'reminder']);

/** Which e-mails went out, so each person gets one invitation and at most one reminder per pulse. */
export const pulseNotifications = pgTable(
  'pulse_notifications',
  {
    pulseId: integer()
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: notificationKindEnum().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.pulseId, t.personId, t.kind] }),
    index('pulse_notifications_person_idx').on(t.personId),
  ],
);
