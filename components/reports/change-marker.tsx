import { getTranslations } from 'next-intl/server';
import { getReportFormat } from './report-format';

interface ChangeMarkerProps {
  change: number | null;
  significant: boolean;
  /** In a heatmap cell: a symbol with the words for screen readers (the legend explains the symbols). */
  compact?: boolean;
}

/** The change since the previous period: an arrow only when it is statistically significant. */
export async function ChangeMarker({ change, significant, compact = false }: ChangeMarkerProps) {
  const [t, format] = await Promise.all([getTranslations('trends'), getReportFormat()]);
  if (change !== null && significant) {
    const rising = change > 0;
    return (
      <span className="whitespace-nowrap font-semibold">
        <span aria-hidden="true">{rising ? '▲' : '▼'} </span>
        {format.change(change)}
        <span className={compact ? 'sr-only' : 'font-normal'}> {rising ? t('change.significantRise') : t('change.significantDrop')}</span>
      </span>
    );
  }
  const text = change === null ? t('change.noComparison') : t('change.notSignificant');
  if (!compact) return <span>{text}</span>;
  return (
    <span>
      <span aria-hidden="true">{change === null ? '–' : '≈'}</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}
