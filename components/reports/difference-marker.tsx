import { getTranslations } from 'next-intl/server';
import type { Difference } from '@/lib/domain/reports/comparisons';
import { getReportFormat } from './report-format';

const ARROWS = { clear: { higher: '▲', lower: '▼' }, likely: { higher: '△', lower: '▽' } } as const;

/** A difference from a larger group: the points, a solid arrow when clear, an open one when likely; or why there is none. */
export async function DifferenceMarker({ difference, compact = false }: { difference: Difference; compact?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('connection'), getReportFormat()]);
  if (difference.difference === null) {
    return compact ? (
      <span>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t('cell.noComparison')}</span>
      </span>
    ) : (
      <span>{t('compared.none')}</span>
    );
  }
  const evidence = difference.evidence;
  const direction = difference.difference > 0 ? 'higher' : 'lower';
  const words = evidence === null ? t('compared.noClear') : t(`compared.${evidence}`);
  return (
    <span className={`whitespace-nowrap ${evidence === 'clear' ? 'font-semibold' : ''}`}>
      <span aria-hidden="true">{evidence === null ? '≈ ' : `${ARROWS[evidence][direction]} `}</span>
      {format.change(difference.difference)}
      <span className={compact ? 'sr-only' : 'font-normal'}> ({words})</span>
    </span>
  );
}
