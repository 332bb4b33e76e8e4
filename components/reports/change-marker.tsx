import { getTranslations } from 'next-intl/server';
import type { ChangeEvidence } from '@/lib/domain/stats/false-discovery';
import { getReportFormat } from './report-format';

interface ChangeMarkerProps {
  change: number | null;
  evidence: ChangeEvidence | null;
  /** In a heatmap cell: a symbol with the words for screen readers (the legend explains the symbols). */
  compact?: boolean;
}

const ARROWS = { clear: { rise: '▲', drop: '▼' }, likely: { rise: '△', drop: '▽' } } as const;
const WORDS = {
  clear: { rise: 'change.clearRise', drop: 'change.clearDrop' },
  likely: { rise: 'change.likelyRise', drop: 'change.likelyDrop' },
} as const;

/** The change since the previous period: a solid arrow when the evidence is clear, an open one when it is likely. */
export async function ChangeMarker({ change, evidence, compact = false }: ChangeMarkerProps) {
  const [t, format] = await Promise.all([getTranslations('trends'), getReportFormat()]);
  if (change !== null && evidence !== null) {
    const direction = change > 0 ? 'rise' : 'drop';
    return (
      <span className={`whitespace-nowrap ${evidence === 'clear' ? 'font-semibold' : ''}`}>
        <span aria-hidden="true">{ARROWS[evidence][direction]} </span>
        {format.change(change)}
        <span className={compact ? 'sr-only' : 'font-normal'}> {t(WORDS[evidence][direction])}</span>
      </span>
    );
  }
  const text = change === null ? t('change.noComparison') : t('change.noClearChange');
  if (!compact) return <span>{text}</span>;
  return (
    <span>
      <span aria-hidden="true">{change === null ? '–' : '≈'}</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}
