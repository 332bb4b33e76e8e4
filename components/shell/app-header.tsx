import Link from 'next/link';
import { AlertBadge } from '@/components/alerts/alert-badge';
import { getTranslations } from 'next-intl/server';
import type { Viewer } from '@/lib/server/access/viewer';
import { homeFor } from '@/lib/domain/permissions';
import { LanguageSwitch } from './language-switch';
import { MainNavigation } from './main-navigation';
import { SignOutButton } from './sign-out-button';

export async function AppHeader({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={homeFor(viewer.roles) ?? '/'} className="text-lg font-semibold tracking-tight text-brand-700">
          {t('common.appName')}
        </Link>
        <MainNavigation roles={viewer.roles} />
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-600">
            {t('common.signedInAs', { name: viewer.name })}
            <span className="sr-only">: </span>
            <span className="ml-2 text-xs text-slate-500">
              {viewer.roles.map((role) => t(`roles.${role}`)).join(' · ')}
            </span>
          </p>
          <AlertBadge viewer={viewer} />
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
