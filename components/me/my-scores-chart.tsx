'use client';
import { CategoryScale, Chart, Legend, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { LINE_STYLES, drawnIn } from '@/components/reports/line-styles';

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

interface MyScoresChartProps {
  /** Every week from the first answered to the last: a week without answers is a gap in the lines. */
  periods: string[];
  series: Record<ConnectionLine, (number | null)[]>;
  lineNames: Record<ConnectionLine, string>;
  label: string;
  /** The y-axis title: what the scale is. */
  axisLabel: string;
}

/** The person's own four lines over time; the table next to it carries the same numbers for screen readers. */
export function MyScoresChart({ periods, series, lineNames, label, axisLabel }: MyScoresChartProps) {
  return (
    <div className="h-64 sm:h-80">
      <Line
        aria-label={label}
        role="img"
        options={{
          maintainAspectRatio: false,
          spanGaps: false,
          scales: { y: { min: 0, max: 100, title: { display: true, text: axisLabel } } },
          plugins: { legend: { labels: { usePointStyle: true } } },
        }}
        data={{
          labels: periods,
          datasets: CONNECTION_LINES.map((line) => ({
            label: lineNames[line],
            data: series[line],
            ...drawnIn(LINE_STYLES[line]),
            pointRadius: 4,
          })),
        }}
      />
    </div>
  );
}
