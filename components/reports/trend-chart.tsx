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
import { useId, useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { LINE_STYLES, drawnIn, withAlpha } from './line-styles';
import { type ScoreAxis, fitScoreAxis } from './score-axis';

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

/** Two short slanted strokes across the foot of the y-axis: the scale does not start at 0 here. */
function axisBreak(colour: string): Plugin<'line'> {
  return {
    id: 'axisBreak',
    afterDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      for (const offset of [-3, 3]) {
        ctx.beginPath();
        ctx.moveTo(chartArea.left - 6, chartArea.bottom - 10 + offset + 3);
        ctx.lineTo(chartArea.left + 6, chartArea.bottom - 10 + offset - 3);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

/**
 * The four lines over time on an axis fitted to them; each line's 95% interval shows in the tooltip,
 * and as a shaded band when asked for. Suppressed periods stay gaps.
 */
export function TrendChart({ periods, lines, actionPeriods, description }: TrendChartProps) {
  const t = useTranslations('trends');
  const locale = useLocale();
  const [bandsShown, setBandsShown] = useState(false);
  const noteId = useId();
  const number = useMemo(
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [locale],
  );
  const datasets = useMemo(
    () =>
      lines.flatMap(({ line, name, scores, ciLow, ciHigh }): TrendDataset[] => {
        const style = LINE_STYLES[line];
        const band = { line, pointRadius: 0, pointHitRadius: 0, borderWidth: 0, spanGaps: false, hidden: !bandsShown };
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
    [lines, bandsShown],
  );
  const axis = useMemo(
    (): ScoreAxis =>
      fitScoreAxis(
        lines.flatMap(({ scores, ciLow, ciHigh }) => (bandsShown ? [...scores, ...ciLow, ...ciHigh] : scores)),
      ),
    [lines, bandsShown],
  );
  const options = useMemo((): ChartOptions<'line'> => {
    const isScore = (index: number) => (datasets[index]?.role ?? 'score') === 'score';
    return {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { min: axis.min, max: axis.max, title: { display: true, text: t('chart.axis') } } },
      plugins: {
        legend: {
          labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, filter: (item) => isScore(item.datasetIndex ?? 0) },
          onClick: (_event, item, legend) => {
            const chart = legend.chart;
            const shown = chart.isDatasetVisible(item.datasetIndex ?? 0);
            datasets.forEach(
              (dataset, index) =>
                dataset.line === datasets[item.datasetIndex ?? 0]?.line &&
                (bandsShown || dataset.role === 'score') &&
                chart.setDatasetVisibility(index, !shown),
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
  }, [datasets, number, t, axis, bandsShown]);
  const plugins = useMemo(
    () => [actionRules(actionPeriods, '#334155'), ...(axis.min > 0 ? [axisBreak('#334155')] : [])],
    [actionPeriods, axis.min],
  );
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p id={noteId} className="text-slate-600">
          {axis.min > 0 ? t('chartReading.axisFrom', { min: axis.min, max: axis.max }) : null}
        </p>
        <button
          type="button"
          aria-pressed={bandsShown}
          onClick={() => setBandsShown((shown) => !shown)}
          className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-brand-700 hover:bg-slate-50 aria-pressed:bg-brand-50"
        >
          {t('chartReading.bands')}
        </button>
      </div>
      <div className="relative h-72 sm:h-96">
        <Line
          key={`${actionPeriods.join(',')}|${axis.min}|${bandsShown}`}
          data={{ labels: periods, datasets }}
          options={options}
          plugins={plugins}
          role="img"
          aria-label={description}
          aria-describedby={axis.min > 0 ? noteId : undefined}
        />
      </div>
    </>
  );
}
