import type { ConversationRecipientRow } from '@/lib/queries/conversations/conversation-recipients';
import type { Mail } from '@/lib/server/notifications/mailer';

const TEXT = {
  nl: {
    author: {
      subject: 'Er is een antwoord op je opmerking',
      body: 'Iemand die je team opvolgt, heeft geantwoord op een opmerking die je bij een pulse schreef. Lees het antwoord en reageer, als je wil, op:',
      privacy:
        'Wie je opmerking leest, weet niet wie ze schreef. Deze e-mail komt van Verbinding zelf: wie antwoordde, weet niet dat je hem krijgt. Je reacties tonen je naam niet, enkel de dag.',
    },
    leaders: {
      subject: 'Er is een reactie in een gesprek over een opmerking',
      body: 'Er kwam een reactie in een gesprek over een opmerking van je team. Lees ze op:',
      privacy: 'Wie de opmerking schreef, blijft anoniem, ook voor jou.',
    },
  },
  en: {
    author: {
      subject: 'There is a reply to your comment',
      body: 'Someone who looks after your team replied to a comment you wrote with a pulse. Read the reply and, if you like, answer on:',
      privacy:
        'Whoever reads your comment does not know who wrote it. This e-mail comes from Verbinding itself: whoever replied does not know you get it. Your answers do not show your name, only the day.',
    },
    leaders: {
      subject: 'There is an answer in a conversation about a comment',
      body: 'There is an answer in a conversation about a comment of your team. Read it on:',
      privacy: 'Whoever wrote the comment stays anonymous, to you as well.',
    },
  },
} as const;

/**
 * The e-mail that a conversation changed, to one side: to the author, that a leader replied; to a
 * leader, that the author answered. It names no one and holds no text of the conversation: a link
 * to where the recipient reads it, signed in.
 */
export function conversationMail(
  to: Pick<ConversationRecipientRow, 'email' | 'locale'>,
  side: 'author' | 'leaders',
  appUrl: string,
  teamId: number | null,
): Mail {
  const text = TEXT[to.locale][side];
  const base = appUrl.replace(/\/$/, '');
  const link =
    side === 'author' ? `${base}/me#conversations-title` : `${base}/team${teamId === null ? '' : `/${teamId}`}`;
  return { to: to.email, subject: text.subject, text: [text.body, link, '', text.privacy].join('\n') };
}
