import type { ConversationRecipientRow } from '@/lib/queries/conversations/conversation-recipients';
import type { Mail } from '@/lib/server/notifications/mailer';

const TEXT = {
  nl: {
    subject: 'Er is een antwoord op je opmerking',
    body: 'Iemand die je team opvolgt, heeft geantwoord op een opmerking die je bij een pulse schreef. Lees het antwoord en reageer, als je wil, op:',
    privacy:
      'Wie je opmerking leest, weet niet wie ze schreef. Deze e-mail komt van Verbinding zelf: wie antwoordde, weet niet dat je hem krijgt. Je reacties tonen je naam niet, enkel de dag.',
  },
  en: {
    subject: 'There is a reply to your comment',
    body: 'Someone who looks after your team replied to a comment you wrote with a pulse. Read the reply and, if you like, answer on:',
    privacy:
      'Whoever reads your comment does not know who wrote it. This e-mail comes from Verbinding itself: whoever replied does not know you get it. Your answers do not show your name, only the day.',
  },
} as const;

/**
 * The e-mail to a comment's author that a leader replied. It names no one and holds no text of the
 * conversation: a link to where the author reads it, signed in.
 */
export function conversationMail(to: Pick<ConversationRecipientRow, 'email' | 'locale'>, appUrl: string): Mail {
  const text = TEXT[to.locale];
  const link = `${appUrl.replace(/\/$/, '')}/me#conversations-title`;
  return { to: to.email, subject: text.subject, text: [text.body, link, '', text.privacy].join('\n') };
}
