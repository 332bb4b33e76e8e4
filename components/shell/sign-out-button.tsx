import { getTranslations } from 'next-intl/server';
import { signOut } from '@/lib/auth';

export async function SignOutButton() {
  const t = await getTranslations('common');
  async function signOutAction() {
    'use server';
    await signOut({ redirectTo: '/login' });
  }
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded px-3 py-1 text-sm font-medium text-brand-900 underline-offset-2 hover:underline">
        {t('signOut')}
      </button>
    </form>
  );
}
