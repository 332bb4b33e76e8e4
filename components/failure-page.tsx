'use client';
import en from '@/messages/en/failure.json';
import nl from '@/messages/nl/failure.json';
import { StatusPage } from './status-page';

/**
 * What a page shows when rendering it, or an action it sent, failed, with a way to try again. In
 * both languages: it cannot count on the page's translations (most pages load none in the browser,
 * so that the survey stays light), nor, when the root layout failed, on the language setting.
 */
export function FailurePage({ retry }: { retry: () => void }) {
  return (
    <StatusPage
      title={`${nl.title} · ${en.title}`}
      body={`${nl.body} ${en.body}`}
      linkLabel={`${nl.home} · ${en.home}`}
    >
      <button
        type="button"
        onClick={retry}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-50"
      >
        {`${nl.retry} · ${en.retry}`}
      </button>
    </StatusPage>
  );
}
