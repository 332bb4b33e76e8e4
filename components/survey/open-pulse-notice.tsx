import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { hasUnansweredOpenPulse } from '@/lib/server/survey/unanswered-pulse';
import type { Viewer } from '@/lib/server/access/viewer';
import { HiddenOnSurvey } from './hidden-on-survey';

/**
 * A reminder on every page but the survey while a pulse is open and this person has not answered
 * it. The survey refreshes the pages once the answers are saved, so it goes at once.
 */
export async function OpenPulseNotice({ viewer }: { viewer: Viewer }) {
  if (!(await hasUnansweredOpenPulse(viewer))) return null;
  const t = await getTranslations('survey');
  return (
    <HiddenOnSurvey>
      <div role="status" className="border-b border-amber-200 bg-amber-50">
        <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 px-4 py-2 text-sm text-amber-900">
          {t('openNotice')}
          <Link href="/survey" className="font-semibold underline underline-offset-2">
            {t('openNoticeLink')}
          </Link>
        </p>
      </div>
    </HiddenOnSurvey>
  );
}
