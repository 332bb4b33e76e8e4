import { getTranslations } from 'next-intl/server';
import { HeldBackNote } from './held-back';
import { SCORE_BANDS, SUPPRESSED_STYLE } from './score-scale';

/** What the colours and markers of a heatmap mean; the numbers in the cells say the same without colour. */
export async function HeatmapLegend({ heldBack }: { heldBack: boolean }) {
  const t = await getTranslations('heatmap');
  const swatch = 'inline-block h-4 w-6 rounded-sm border border-slate-300 align-middle';
  return (
    <div className="mt-3 text-sm text-slate-700">
      <h3 className="sr-only">{t('legend.title')}</h3>
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {SCORE_BANDS.map((band, index) => (
          <li key={band.from} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={swatch} style={{ backgroundColor: band.background }} />
            {index === SCORE_BANDS.length - 1
              ? t('legend.atLeast', { from: band.from })
              : t('legend.band', { from: band.from, to: band.to })}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={swatch} style={SUPPRESSED_STYLE} />
          {t('legend.hidden')}
        </li>
      </ul>
      <p className="mt-2">{t('legend.markers')}</p>
      {heldBack ? <HeldBackNote /> : null}
    </div>
  );
}
