import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALES } from '@/lib/domain/i18n/locales';
import { setLocale } from '@/app/actions';

const LABELS = { nl: 'Nederlands', en: 'English' } as const;

export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t('language')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className="rounded px-2 py-1 text-sm font-medium text-brand-900 aria-pressed:bg-brand-600 aria-pressed:text-white hover:bg-brand-100 aria-pressed:hover:bg-brand-700"
        >
          <span aria-hidden="true">{option.toUpperCase()}</span>
          <span className="sr-only">{LABELS[option]}</span>
        </button>
      ))}
    </form>
  );
}
