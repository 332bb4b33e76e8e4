import { getTranslations } from 'next-intl/server';
import { LineScoreCard } from '@/components/reports/line-score-card';
import type { TeamParticipation } from '@/lib/dal/team-participation';
import type { ConnectionLine } from '@/lib/model/connection-lines';
import type { ReportCell } from '@/lib/reports/cell-book';
import { LiveParticipation } from './live-participation';

interface TeamNowSectionProps {
  teamId: number;
  period: string;
  previousPeriod: string | null;
  cells: { line: ConnectionLine; cell: ReportCell }[];
  minGroupSize: number;
  participation: TeamParticipation;
}

/** The team now: one card per connection line for the period shown, and the participation. */
export async function TeamNowSection({ teamId, period, previousPeriod, cells, minGroupSize, participation }: TeamNowSectionProps) {
  const [t, lines] = await Promise.all([getTranslations('team'), getTranslations('lines')]);
  return (
    <section aria-labelledby="now-title" className="mb-10">
      <h2 id="now-title" className="mb-3 text-xl font-semibold text-brand-900">
        {t('now.title', { period })}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cells.map(({ line, cell }) => (
          <LineScoreCard
            key={line}
            title={`${line} · ${lines(`${line}.name`)}`}
            description={lines(`${line}.question`)}
            cell={cell}
            previousPeriod={previousPeriod}
            minGroupSize={minGroupSize}
          />
        ))}
      </div>
      <div className="mt-4 max-w-xl">
        <LiveParticipation teamId={teamId} initial={participation} />
      </div>
    </section>
  );
}
