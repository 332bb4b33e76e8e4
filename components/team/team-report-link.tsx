import { getTranslations } from 'next-intl/server';

interface TeamReportLinkProps {
  teamId: number;
  /** The period the page shows, named and as the query asks for it. */
  period: { kind: string; at: string | null; name: string };
}

/** The team's one-page PDF report of the period on screen, to take to a team meeting. */
export async function TeamReportLink({ teamId, period }: TeamReportLinkProps) {
  const t = await getTranslations('exports.links');
  const search = new URLSearchParams({ period: period.kind });
  if (period.at) search.set('at', period.at);
  return (
    <section
      aria-labelledby="team-report-title"
      className="mb-8 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div>
        <h2 id="team-report-title" className="font-semibold text-brand-900">
          {t('teamReportTitle')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('teamReportNote', { period: period.name })}</p>
      </div>
      <a
        href={`/api/v1/teams/${teamId}/report.pdf?${search.toString()}`}
        download
        className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50"
      >
        {t('teamReport')}
      </a>
    </section>
  );
}
