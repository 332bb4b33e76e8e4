import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/(signed-in)/actions';

export async function SignOutButton() {
  const t = await getTranslations('common');
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded px-3 py-1 text-sm font-medium text-brand-900 underline-offset-2 hover:underline"
      >
        {t('signOut')}
      </button>
    </form>
  );
}
