'use client';
import {
  CategoryScale,
  Chart as ChartJS,
  type ChartDataset,
  type ChartOptions,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  type Plugin,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { LINE_STYLES, drawnIn, withAlpha } from './line-styles';

// Only what a line chart with bands needs, so the rest of Chart.js stays out of the bundle.
ChartJS.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Filler, Legend, Tooltip);

export interface TrendChartLine {
  line: ConnectionLine;
  name: string;
  /** One value per period; null where the period is suppressed, which leaves a gap. */
  scores: (number | null)[];
  ciLow: (number | null)[];
  ciHigh: (number | null)[];
}

export interface TrendChartProps {
  periods: string[];
  lines: TrendChartLine[];
  /** Indexes of the periods in which an action was recorded. */
  actionPeriods: number[];
  description: string;
}

type Role = 'low' | 'high' | 'score';
type TrendDataset = ChartDataset<'line', (number | null)[]> & { role: Role; line: ConnectionLine };

/** Dashed vertical rules at the periods where a leader recorded an action. */
function actionRules(indexes: readonly number[], colour: string): Plugin<'line'> {
  return {
    id: 'actionRules',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1.5;
      for (const index of indexes) {
        const x = scales.x!.getPixelForValue(index);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

/** The four lines over time, each with its shaded 95% interval; suppressed periods stay gaps. */
export function TrendChart({ periods, lines, actionPeriods, description }: TrendChartProps) {
  const t = useTranslations('trends');
  const locale = useLocale();
  const number = useMemo(
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [locale],
  );
  const datasets = useMemo(
    () =>
      lines.flatMap(({ line, name, scores, ciLow, ciHigh }): TrendDataset[] => {
        const style = LINE_STYLES[line];
        const band = { line, pointRadius: 0, pointHitRadius: 0, borderWidth: 0, spanGaps: false };
        return [
          { ...band, role: 'low', label: name, data: ciLow, fill: false },
          {
            ...band,
            role: 'high',
            label: name,
            data: ciHigh,
            fill: '-1',
            backgroundColor: withAlpha(style.colour, 0.16),
          },
          {
            role: 'score',
            line,
            label: name,
            data: scores,
            spanGaps: false,
            ...drawnIn(style),
            borderWidth: 2,
            pointRadius: 3.5,
            pointHoverRadius: 6,
          },
        ];
      }),
    [lines],
  );
  const options = useMemo((): ChartOptions<'line'> => {
    const isScore = (index: number) => (datasets[index]?.role ?? 'score') === 'score';
    return {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { min: 0, max: 100, title: { display: true, text: t('chart.axis') } } },
      plugins: {
        legend: {
          labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, filter: (item) => isScore(item.datasetIndex ?? 0) },
          onClick: (_event, item, legend) => {
            const chart = legend.chart;
            const shown = chart.isDatasetVisible(item.datasetIndex ?? 0);
            datasets.forEach(
              (dataset, index) =>
                dataset.line === datasets[item.datasetIndex ?? 0]?.line && chart.setDatasetVisibility(index, !shown),
            );
            chart.update();
          },
        },
        tooltip: {
          filter: (item) => isScore(item.datasetIndex),
          callbacks: {
            label: (item) => {
              const low = datasets[item.datasetIndex - 2]?.data[item.dataIndex];
              const high = datasets[item.datasetIndex - 1]?.data[item.dataIndex];
              const interval =
                low == null || high == null
                  ? ''
                  : ` (${t('chart.interval')} ${number.format(low)}–${number.format(high)})`;
              return `${item.dataset.label ?? ''}: ${number.format(item.parsed.y ?? 0)}${interval}`;
            },
          },
        },
      },
    };
  }, [datasets, number, t]);
  const plugins = useMemo(() => [actionRules(actionPeriods, '#334155')], [actionPeriods]);
  return (
    <div className="relative h-72 sm:h-96">
      <Line
        key={actionPeriods.join(',')}
        data={{ labels: periods, datasets }}
        options={options}
        plugins={plugins}
        role="img"
        aria-label={description}
      />
    </div>
  );
}
