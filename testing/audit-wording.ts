import { createFormatter, createTranslator } from 'next-intl';
import type { AuditWording } from '@/lib/domain/audit/audit-wording';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import { loadMessages } from '@/lib/domain/i18n/messages';
import { auditWordingOf } from '@/lib/server/admin/audit-wording-of';

/** The audit log's wording in a language, as a request in it gets it (Brussels time). */
export async function auditWordingFor(locale: AppLocale): Promise<AuditWording> {
  const messages = await loadMessages(locale);
  return auditWordingOf(
    locale,
    createTranslator({ locale, messages }),
    createFormatter({ locale, timeZone: 'Europe/Brussels' }),
  );
}
