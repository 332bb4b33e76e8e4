'use client';
import dynamic from 'next/dynamic';

/**
 * The trend chart, loaded after the page: Chart.js stays out of the first-load JavaScript, and the
 * canvas has nothing to render on the server anyway. The table behind the chart is server-rendered.
 */
export const LazyTrendChart = dynamic(() => import('./trend-chart').then((module) => module.TrendChart), {
  ssr: false,
  loading: () => <div className="h-72 sm:h-96" aria-hidden="true" />,
});
