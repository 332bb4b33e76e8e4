'use client';
import {
  CategoryScale,
  Chart as ChartJS,
  type ChartOptions,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { SERIES_STYLES, drawnIn } from '@/components/reports/line-styles';

// Only what a plain line chart needs, so the rest of Chart.js stays out of the bundle.
ChartJS.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export interface ComparisonChartProps {
  periods: string[];
  /** One series per department; null where its cell is not shown, which leaves a gap. */
  series: { name: string; scores: (number | null)[] }[];
  description: string;
}

/** One connection line of two to five departments over time, one series each. */
export function ComparisonChart({ periods, series, description }: ComparisonChartProps) {
  const t = useTranslations('trends');
  const locale = useLocale();
  const number = useMemo(
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [locale],
  );
  const datasets = useMemo(
    () =>
      series.map(({ name, scores }, index) => ({
        label: name,
        data: scores,
        spanGaps: false,
        ...drawnIn(SERIES_STYLES[index % SERIES_STYLES.length]!),
        borderWidth: 2,
        pointRadius: 3,
        pointHoverRadius: 5,
      })),
    [series],
  );
  const options = useMemo(
    (): ChartOptions<'line'> => ({
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { min: 0, max: 100, title: { display: true, text: t('chart.axis') } } },
      plugins: {
        legend: { labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8 } },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${number.format(item.parsed.y ?? 0)}` },
        },
      },
    }),
    [number, t],
  );
  return (
    <div className="relative h-64">
      <Line data={{ labels: periods, datasets }} options={options} role="img" aria-label={description} />
    </div>
  );
}
