import {
  PULSE_MESSAGE_TEXT,
  type PulseMessageKind,
  pulseClosesLine,
  surveyUrl,
} from '@/lib/domain/notifications/pulse-message-text';
import type { Mail } from './mailer';

/** The invitation or reminder for one pulse, in the person's language. */
export function pulseMail(
  kind: PulseMessageKind,
  person: { email: string; name: string; locale: 'nl' | 'en' },
  closesAt: Date,
  appUrl: string,
): Mail {
  const text = PULSE_MESSAGE_TEXT[person.locale];
  return {
    to: person.email,
    subject: text[kind].subject,
    text: [
      `${person.name},`,
      '',
      text[kind].body,
      pulseClosesLine(person.locale, closesAt),
      '',
      surveyUrl(appUrl),
      '',
      text.privacy,
    ].join('\n'),
  };
}
