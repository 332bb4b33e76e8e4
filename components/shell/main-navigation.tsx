import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type Role, navigationFor } from '@/lib/domain/permissions';

/** Shows the pages the person's roles open; the server refuses the others whatever the menu shows. */
export async function MainNavigation({ roles }: { roles: Role[] }) {
  const t = await getTranslations();
  return (
    <nav aria-label={t('common.mainNavigation')}>
      <ul className="flex flex-wrap gap-1">
        {navigationFor(roles).map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="block rounded px-3 py-2 text-sm font-medium text-brand-900 hover:bg-brand-100"
            >
              {t(`nav.${item.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
