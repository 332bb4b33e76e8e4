import { z } from 'zod';
import {
  PULSE_MESSAGE_TEXT,
  type PulseMessageKind,
  pulseClosesLine,
  surveyUrl,
} from '@/lib/domain/notifications/pulse-message-text';

/**
 * A message to one person in Teams or Slack, written in their language when it is queued: a title,
 * a few lines, one link into the app and a note. It names nobody, not even the reader, and says
 * nothing of anyone's answers: an invitation or reminder says only that the reader's pulse waits.
 */
export const chatMessageSchema = z.object({
  title: z.string().min(1),
  lines: z.array(z.string()),
  link: z.object({ label: z.string().min(1), url: z.url() }),
  note: z.string(),
});

export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** The invitation or reminder of a pulse, linking to `/survey`. */
export function pulseChatMessage(
  kind: PulseMessageKind,
  locale: 'nl' | 'en',
  closesAt: Date,
  appUrl: string,
): ChatMessage {
  const text = PULSE_MESSAGE_TEXT[locale];
  return {
    title: text[kind].subject,
    lines: [text[kind].body, pulseClosesLine(locale, closesAt)],
    link: { label: text.open, url: surveyUrl(appUrl) },
    note: text.privacy,
  };
}
