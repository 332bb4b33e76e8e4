import type { Mail } from './mailer';

type Kind = 'invitation' | 'reminder';

const TEXT = {
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
    privacy: 'Your answers are confidential: nobody but you sees them; your leader and HR only see group results.',
  },
} as const;

/** The invitation or reminder for one pulse, in the person's language. */
export function pulseMail(
  kind: Kind,
  person: { email: string; name: string; locale: 'nl' | 'en' },
  closesAt: Date,
  appUrl: string,
): Mail {
  const text = TEXT[person.locale];
  const closes = closesAt.toLocaleString(person.locale === 'nl' ? 'nl-BE' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  return {
    to: person.email,
    subject: text[kind].subject,
    text: [
      `${person.name},`,
      '',
      text[kind].body,
      `${text.closes} ${closes}.`,
      '',
      `${appUrl.replace(/\/$/, '')}/survey`,
      '',
      text.privacy,
    ].join('\n'),
  };
}
