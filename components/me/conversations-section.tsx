import { getLocale, getTranslations } from 'next-intl/server';
import { answerConversationAction } from '@/app/(signed-in)/me/conversation-actions';
import { ConversationReplies } from '@/components/conversations/conversation-replies';
import { ReplyForm } from '@/components/conversations/reply-form';
import { replyFormLabels } from '@/components/conversations/reply-form-labels';
import { getMyConversations } from '@/lib/server/conversations/my-conversations';
import type { Viewer } from '@/lib/server/access/viewer';

/**
 * The conversations on the viewer's own comments, with every reply and a form to answer; nothing
 * when no comment of theirs has one. Only the author is ever shown this list.
 */
export async function ConversationsSection({ viewer }: { viewer: Viewer }) {
  const [threads, t, lines, locale] = await Promise.all([
    getMyConversations(viewer),
    getTranslations('conversations'),
    getTranslations('lines'),
    getLocale(),
  ]);
  if (threads.length === 0) return null;
  const labels = replyFormLabels(t, 'me');
  return (
    <section aria-labelledby="conversations-title" className="mt-10">
      <h2 id="conversations-title" className="text-lg font-semibold text-brand-900">
        {t('me.title')}
      </h2>
      <p className="mb-3 text-slate-600">{t('me.intro')}</p>
      <ul className="space-y-3">
        {threads.map((thread) => (
          <li key={thread.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="text-xs font-medium text-slate-700">
              {t('me.youWrote')}
              {thread.line !== null ? ` · ${t('lineTag', { line: lines(`${thread.line}.name`) })}` : null}
            </p>
            <p className="mt-1 whitespace-pre-line text-slate-800">{thread.body}</p>
            <ConversationReplies
              replies={thread.replies}
              labels={{ author: t('author'), title: t('repliesTitle') }}
              locale={locale}
            />
            <ReplyForm action={answerConversationAction} commentId={thread.id} labels={labels} />
          </li>
        ))}
      </ul>
    </section>
  );
}
