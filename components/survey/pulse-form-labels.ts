import 'server-only';
import { getTranslations } from 'next-intl/server';
import { MAX_COMMENT_LENGTH } from '@/lib/domain/responses/comment-limit';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import type { PulseFormLabels } from './pulse-form';

const SCORES = [1, 2, 3, 4, 5] as const;

/** The pulse form's texts in the person's language, for a pulse of `total` statements. */
export async function getPulseFormLabels(options: {
  total: number;
  closesAt: string;
  commentThreshold: number;
}): Promise<PulseFormLabels> {
  const [t, lines] = await Promise.all([getTranslations('survey'), getTranslations('lines')]);
  const { total } = options;
  const upToTotal = Array.from({ length: total + 1 }, (_, count) => count);
  return {
    questions: upToTotal.slice(1).map((number) => t('question', { number, total })),
    progress: upToTotal.map((answered) => t('progress', { answered, total })),
    incomplete: upToTotal.map((count) => t('incomplete', { count })),
    missing: t('missing'),
    scale: SCORES.map((score) => t(`scale.${score}`)),
    commentLabel: t('commentLabel'),
    commentHelp: t('commentHelp', { threshold: options.commentThreshold }),
    commentMax: t('commentMax', { max: MAX_COMMENT_LENGTH }),
    commentLineLabel: t('commentLineLabel'),
    commentLineNone: t('commentLineNone'),
    commentLines: CONNECTION_LINES.map((line) => lines(`${line}.name`)),
    draftKept: t('draftKept'),
    submit: t('submit'),
    update: t('update'),
    saving: t('saving'),
    retry: t('retry'),
    failed: t('failed'),
    offline: t('offline'),
    thanksTitle: t('thanksTitle'),
    thanksBody: t('thanksBody', { closesAt: options.closesAt }),
    change: t('change'),
    toHistory: t('toHistory'),
  };
}
