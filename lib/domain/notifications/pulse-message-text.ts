import { formatDate } from '@/lib/domain/i18n/date-format';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';

export type PulseMessageKind = 'invitation' | 'reminder';

/** The words of a pulse's invitation and reminder, by e-mail or in chat, in both languages. */
export const PULSE_MESSAGE_TEXT = {
  nl: {
    invitation: {
      subject: 'Je pulse staat klaar',
      body: 'Er staat een nieuwe pulse voor je klaar: acht korte vragen, ongeveer twee minuten.',
    },
    reminder: {
      subject: 'Je pulse sluit binnenkort',
      body: 'De pulse sluit binnenkort en we hebben je antwoorden nog niet.',
    },
    closes: 'Ze sluit op',
    open: 'Open je pulse',
    privacy:
      'Je antwoorden zijn vertrouwelijk: niemand behalve jij ziet ze; je leidinggevende en HR zien enkel groepsresultaten.',
  },
  en: {
    invitation: {
      subject: 'Your pulse is ready',
      body: 'A new pulse is waiting for you: eight short questions, about two minutes.',
    },
    reminder: { subject: 'Your pulse closes soon', body: 'The pulse closes soon and we do not have your answers yet.' },
    closes: 'It closes on',
    open: 'Open your pulse',
    privacy: 'Your answers are confidential: nobody but you sees them; your leader and HR only see group results.',
  },
} as const;

/** "It closes on Friday 12 December 2026 at 06:00", in the organisation's time. */
export function pulseClosesLine(locale: 'nl' | 'en', closesAt: Date): string {
  const when = formatDate(closesAt, locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: ORGANISATION_TIME_ZONE,
  });
  return `${PULSE_MESSAGE_TEXT[locale].closes} ${when}.`;
}

/** Where a pulse is answered. */
export function surveyUrl(appUrl: string): string {
  return `${appUrl.replace(/\/$/, '')}/survey`;
}
