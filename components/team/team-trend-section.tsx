import { getTranslations } from 'next-intl/server';
import { type TrendMarker, TrendSection } from '@/components/reports/trend-section';
import type { LeaderActionView } from '@/lib/server/team/leader-actions';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { markActions } from '@/lib/domain/reports/action-markers';
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
  const newest = trends.lines[0]?.points.at(-1)?.period;
  const { axis, marked } = markActions(kind, periods, actions, periods.at(-1) === newest);
  const markers = marked.map(({ action, period }): TrendMarker => ({
    key: action.id,
    period,
    text: `${lines(`${action.line}.name`)}: ${action.what}`,
  }));
  return (
    <TrendSection
      title={t('title')}
      unitName={teamName}
      kind={kind}
      periods={periods}
      lines={trends.lines}
      markers={markers}
      axis={axis}
      minGroupSize={minGroupSize}
    />
  );
}
