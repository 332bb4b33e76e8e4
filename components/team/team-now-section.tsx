import { getTranslations } from 'next-intl/server';
import { HeldBackNote } from '@/components/reports/held-back';
import { LineScoreCard } from '@/components/reports/line-score-card';
import { ShownPeriod, type ShownPeriodProps } from '@/components/reports/shown-period';
import type { TeamParticipation } from '@/lib/server/team/team-participation';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { LiveParticipation } from './live-participation';

interface TeamNowSectionProps {
  teamId: number;
  /** The period the cards show, and the newer one that is not published yet. */
  shown: Omit<ShownPeriodProps, 'headingId'>;
  previousPeriod: string | null;
  cells: { line: ConnectionLine; cell: ReportCell }[];
  minGroupSize: number;
  participation: TeamParticipation;
}

/** The team in the period shown: one card per connection line, and the participation as it goes. */
export async function TeamNowSection({
  teamId,
  shown,
  previousPeriod,
  cells,
  minGroupSize,
  participation,
}: TeamNowSectionProps) {
  const lines = await getTranslations('lines');
  return (
    <section aria-labelledby="now-title" className="mb-10">
      <ShownPeriod {...shown} headingId="now-title" />
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
      {cells.some(({ cell }) => cell.heldBack) ? <HeldBackNote /> : null}
      <div className="mt-4 max-w-xl">
        <LiveParticipation teamId={teamId} initial={participation} />
      </div>
    </section>
  );
}
