import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { HEATMAP_MODES, type HeatmapMode } from '@/lib/domain/heatmap-views/heatmap-mode';

/** Scores or "compared with the organisation": two links, so the choice works without JavaScript. */
export async function HeatmapModeSwitch({
  mode,
  hrefOf,
}: {
  mode: HeatmapMode;
  hrefOf: (mode: HeatmapMode) => string;
}) {
  const t = await getTranslations('connection.mode');
  const option = (current: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${current ? 'bg-brand-600 text-white' : 'bg-white text-brand-900 ring-1 ring-slate-300 hover:bg-brand-50'}`;
  return (
    <nav aria-label={t('label')} className="mb-3 flex flex-wrap items-center gap-2">
      <span className="text-xs font-semibold uppercase tracking-wide text-slate-600" aria-hidden="true">
        {t('label')}
      </span>
      <ul className="flex flex-wrap gap-1">
        {HEATMAP_MODES.map((choice) => (
          <li key={choice}>
            <Link
              href={hrefOf(choice)}
              aria-current={choice === mode ? 'true' : undefined}
              className={option(choice === mode)}
            >
              {t(choice)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
