import type { messages as english } from '@/messages/en';
import type { AppLocale } from './locales';

export type Messages = typeof english;

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const loaded = locale === 'en' ? await import('@/messages/en') : await import('@/messages/nl');
  return loaded.messages;
}
