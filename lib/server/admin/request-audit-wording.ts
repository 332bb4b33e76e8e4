import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import type { AuditWording } from '@/lib/domain/audit/audit-wording';
import { isLocale, DEFAULT_LOCALE } from '@/lib/domain/i18n/locales';
import { auditWordingOf } from './audit-wording-of';

/** The log's wording in the language and formats of the request. */
export async function requestAuditWording(): Promise<AuditWording> {
  const [locale, t, format] = await Promise.all([getLocale(), getTranslations(), getAppFormatter()]);
  return auditWordingOf(isLocale(locale) ? locale : DEFAULT_LOCALE, t, format);
}
