import { describe, expect, it } from 'vitest';
import { nextSort, sortHeatmapRows } from './sort-heatmap-rows';
import { heatmapRow } from '@/testing/heatmap-row-fixture';

const rows = [
  heatmapRow(1, 'Productie', [60, 70, 50, 65], 80),
  heatmapRow(2, 'Aankoop', [null, null, null, null]),
  heatmapRow(3, 'Verkoop', [55, 72, 58, 40], 60),
  heatmapRow(4, 'IT', [60, 66, 61, 70], 90),
];
const names = (sorted: typeof rows) => sorted.map((row) => row.name);

describe('sorting heatmap rows', () => {
  it('keeps the given order without a sort', () => {
    expect(names(sortHeatmapRows(rows, null))).toEqual(['Productie', 'Aankoop', 'Verkoop', 'IT']);
  });

  it('sorts by name either way', () => {
    expect(names(sortHeatmapRows(rows, { key: 'name', order: 'asc' }))).toEqual([
      'Aankoop',
      'IT',
      'Productie',
      'Verkoop',
    ]);
    expect(names(sortHeatmapRows(rows, { key: 'name', order: 'desc' }))).toEqual([
      'Verkoop',
      'Productie',
      'IT',
      'Aankoop',
    ]);
  });

  it('sorts by a line, ties by name, suppressed cells last in both directions', () => {
    expect(names(sortHeatmapRows(rows, { key: 'line-4', order: 'asc' }))).toEqual([
      'Verkoop',
      'Productie',
      'IT',
      'Aankoop',
    ]);
    expect(names(sortHeatmapRows(rows, { key: 'line-4', order: 'desc' }))).toEqual([
      'IT',
      'Productie',
      'Verkoop',
      'Aankoop',
    ]);
    expect(names(sortHeatmapRows(rows, { key: 'line-1', order: 'desc' }))).toEqual([
      'IT',
      'Productie',
      'Verkoop',
      'Aankoop',
    ]);
  });

  it('sorts by participation, rows without it last', () => {
    expect(names(sortHeatmapRows(rows, { key: 'participation', order: 'desc' }))).toEqual([
      'IT',
      'Productie',
      'Verkoop',
      'Aankoop',
    ]);
    expect(names(sortHeatmapRows(rows, { key: 'participation', order: 'asc' }))).toEqual([
      'Verkoop',
      'Productie',
      'IT',
      'Aankoop',
    ]);
  });

  it('does not change the rows it is given', () => {
    sortHeatmapRows(rows, { key: 'name', order: 'asc' });
    expect(names(rows)).toEqual(['Productie', 'Aankoop', 'Verkoop', 'IT']);
  });

  it('sorts a new column ascending first and turns the current one round', () => {
    expect(nextSort(null, 'line-2')).toEqual({ key: 'line-2', order: 'asc' });
    expect(nextSort({ key: 'line-2', order: 'asc' }, 'line-2')).toEqual({ key: 'line-2', order: 'desc' });
    expect(nextSort({ key: 'line-2', order: 'desc' }, 'line-2')).toEqual({ key: 'line-2', order: 'asc' });
    expect(nextSort({ key: 'line-2', order: 'desc' }, 'name')).toEqual({ key: 'name', order: 'asc' });
  });
});
