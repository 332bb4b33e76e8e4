import { getTranslations } from 'next-intl/server';
import type { TeamComments } from '@/lib/server/team/team-comments';
import { TeamCommentThreads } from './team-comment-threads';

/**
 * The team's comments for the period shown, once enough people answered: text, line tag and
 * conversation, in no telling order, filtered by line and answered in place.
 */
export async function TeamCommentsSection({ comments, period }: { comments: TeamComments | null; period: string }) {
  const t = await getTranslations('team.comments');
  const message =
    comments === null || comments.state === 'suppressed'
      ? t('suppressed')
      : comments.state === 'too-few'
        ? t('tooFew', { threshold: comments.threshold })
        : comments.state === 'by-month'
          ? t('byMonth')
          : comments.state === 'pending'
            ? t('pending')
            : comments.comments.length === 0
              ? t('none')
              : null;
  return (
    <section aria-labelledby="comments-title" className="mb-10">
      <h2 id="comments-title" className="mb-1 text-xl font-semibold text-brand-900">
        {t('title', { period })}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('intro')}</p>
      {message !== null ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{message}</p>
      ) : (
        <TeamCommentThreads threads={comments!.comments} />
      )}
    </section>
  );
}
