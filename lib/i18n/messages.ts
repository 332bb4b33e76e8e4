import type en from '@/messages/en.json';
import type { AppLocale } from './locales';

export type Messages = typeof en;

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const loaded = (await import(`../../messages/${locale}.json`)) as { default: Messages };
  return loaded.default;
}
