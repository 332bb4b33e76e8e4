import { getTranslations } from 'next-intl/server';
import { type TrendMarker, TrendSection } from '@/components/reports/trend-section';
import type { LeaderActionView } from '@/lib/server/team/leader-actions';
import { type PeriodKind, periodLabelsOf } from '@/lib/domain/periods/period-labels';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';

interface TeamTrendSectionProps {
  teamName: string;
  kind: PeriodKind;
  /** The periods of the chosen range, oldest first. */
  periods: string[];
  trends: TeamTrends;
  actions: LeaderActionView[];
  minGroupSize: number;
}

/** The period of the range an action belongs to: the one it was recorded in, or the last before it. */
function actionPeriodIndex(periods: string[], kind: PeriodKind, createdAt: string): number {
  const label = periodLabelsOf(new Date(createdAt))[kind];
  return periods.findLastIndex((period) => period <= label);
}

/** The team's four lines over the chosen range, with the actions its leaders recorded marked in their periods. */
export async function TeamTrendSection({
  teamName,
  kind,
  periods,
  trends,
  actions,
  minGroupSize,
}: TeamTrendSectionProps) {
  const [t, lines] = await Promise.all([getTranslations('trends'), getTranslations('lines')]);
  const markers = actions.flatMap((action): TrendMarker[] => {
    const index = actionPeriodIndex(periods, kind, action.createdAt);
    return index < 0 ? [] : [{ key: action.id, index, text: `${lines(`${action.line}.name`)}: ${action.what}` }];
  });
  return (
    <TrendSection
      title={t('title')}
      unitName={teamName}
      kind={kind}
      periods={periods}
      lines={trends.lines}
      markers={markers}
      minGroupSize={minGroupSize}
    />
  );
}
