import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getUnreadAlertCount } from '@/lib/server/alerts/alerts';
import type { Viewer } from '@/lib/server/access/viewer';

/** The header's link to a leader's alerts, with the number unread. */
export async function AlertBadge({ viewer }: { viewer: Viewer }) {
  if (!viewer.roles.includes('leader')) return null;
  const [unread, t] = await Promise.all([getUnreadAlertCount(viewer), getTranslations('alerts')]);
  return (
    <Link
      href="/alerts"
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-brand-900 hover:bg-brand-50"
      data-testid="alert-badge"
    >
      {t('badge')}
      {unread > 0 ? (
        <span
          aria-hidden
          className="min-w-5 rounded-full bg-brand-700 px-1.5 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread}
        </span>
      ) : null}
      <span className="sr-only">: {t('unreadCount', { count: unread })}</span>
    </Link>
  );
}
