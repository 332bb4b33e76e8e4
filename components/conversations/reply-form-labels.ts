import type { ReplyFormLabels } from './reply-form';

/** The reply form's words, for the author on /me or for leaders on the team page, from the 'conversations' messages. */
export function replyFormLabels(
  t: (
    key:
      | `${'me' | 'team'}.${'label' | 'help'}`
      | 'send'
      | 'sending'
      | 'sent'
      | `errors.${'empty' | 'tooLong' | 'unknownComment' | 'failed'}`,
  ) => string,
  side: 'me' | 'team',
): ReplyFormLabels {
  return {
    label: t(`${side}.label`),
    help: t(`${side}.help`),
    send: t('send'),
    sending: t('sending'),
    sent: t('sent'),
    errors: {
      empty: t('errors.empty'),
      tooLong: t('errors.tooLong'),
      unknownComment: t('errors.unknownComment'),
      failed: t('errors.failed'),
    },
  };
}
