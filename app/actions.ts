'use server';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, isLocale } from '@/lib/domain/i18n/locales';

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
}
