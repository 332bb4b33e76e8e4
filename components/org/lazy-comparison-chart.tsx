'use client';
import dynamic from 'next/dynamic';

/** The comparison chart, loaded after the page, like the trend chart: the table behind it is server-rendered. */
export const LazyComparisonChart = dynamic(
  () => import('./comparison-chart').then((module) => module.ComparisonChart),
  {
    ssr: false,
    loading: () => <div className="h-64" aria-hidden="true" />,
  },
);
