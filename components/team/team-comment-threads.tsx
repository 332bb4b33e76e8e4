'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { replyToCommentAction } from '@/app/(signed-in)/team/conversation-actions';
import { ConversationReplies } from '@/components/conversations/conversation-replies';
import { ReplyForm } from '@/components/conversations/reply-form';
import { replyFormLabels } from '@/components/conversations/reply-form-labels';
import type { CommentThread } from '@/lib/domain/conversations/conversation';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';

/**
 * A period's shown comments with their conversations, in the order the server gave (a hash of the
 * text), filtered by the line their authors tagged them with; each can be answered.
 */
export function TeamCommentThreads({ threads }: { threads: CommentThread[] }) {
  const t = useTranslations('conversations');
  const lines = useTranslations('lines');
  const locale = useLocale();
  const [line, setLine] = useState<number | null>(null);
  const shown = line === null ? threads : threads.filter((thread) => thread.line === line);
  const formLabels = replyFormLabels(t, 'team');
  return (
    <>
      <div className="mb-3">
        <label htmlFor="comment-line-filter" className="block text-sm font-medium text-slate-800">
          {t('filterLabel')}
        </label>
        <select
          id="comment-line-filter"
          value={line ?? ''}
          onChange={(event) => setLine(event.target.value === '' ? null : Number(event.target.value))}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 sm:w-auto"
        >
          <option value="">{t('allLines')}</option>
          {CONNECTION_LINES.map((value) => (
            <option key={value} value={value}>
              {lines(`${value}.name`)}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          {t('noneForLine')}
        </p>
      ) : (
        <ul className="space-y-2" aria-live="polite">
          {shown.map((thread) => (
            <li key={thread.id} className="rounded-lg border border-slate-200 bg-white p-4 text-slate-800">
              {thread.line !== null ? (
                <p className="mb-1 inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
                  {t('lineTag', { line: lines(`${thread.line}.name`) })}
                </p>
              ) : null}
              <p className="whitespace-pre-line">{thread.body}</p>
              <ConversationReplies
                replies={thread.replies}
                labels={{ author: t('author'), title: t('repliesTitle') }}
                locale={locale}
              />
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-700 underline underline-offset-2">
                  {thread.replies.length === 0 ? t('replyToggle') : t('continueToggle')}
                </summary>
                <ReplyForm action={replyToCommentAction} commentId={thread.id} labels={formLabels} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
