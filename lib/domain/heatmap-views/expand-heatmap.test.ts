import { describe, expect, it } from 'vitest';
import type { HeatmapRow } from '@/lib/domain/reports/heatmap';
import { type HeatmapTree, expandHeatmapRows, toggleExpanded } from './expand-heatmap';
import { heatmapRow } from '@/testing/heatmap-row-fixture';

// Productie (1) holds Logistiek (5) and team Assemblage (11); Logistiek holds team Magazijn (12); Leeg (3) holds nothing.
const below = new Map<number, HeatmapRow[]>([
  [1, [heatmapRow(5, 'Logistiek', [70, 70, 70, 70]), heatmapRow(11, 'Assemblage', [50, 80, 60, 60], 70, 'team')]],
  [5, [heatmapRow(12, 'Magazijn', [65, 65, 65, 65], 75, 'team')]],
]);
const tree: HeatmapTree = { rowsBelow: (id) => below.get(id) ?? [], hasRowsBelow: (id) => below.has(id) };
const top = [
  heatmapRow(1, 'Productie', [60, 60, 60, 60]),
  heatmapRow(2, 'Verkoop', [55, 55, 55, 40]),
  heatmapRow(3, 'Leeg', [null, null, null, null]),
];
const outline = (rows: ReturnType<typeof expandHeatmapRows>) =>
  rows.map((row) => `${'  '.repeat(row.depth)}${row.name}${row.expanded === null ? '' : row.expanded ? ' −' : ' +'}`);

describe('expanding heatmap rows', () => {
  it('shows only the top level when nothing is expanded, with a toggle where there is something inside', () => {
    expect(outline(expandHeatmapRows(top, tree, new Set(), null))).toEqual(['Productie +', 'Verkoop', 'Leeg']);
  });

  it('puts an expanded department’s rows right below it, one level deeper, down the tree', () => {
    expect(outline(expandHeatmapRows(top, tree, new Set([1]), null))).toEqual([
      'Productie −',
      '  Logistiek +',
      '  Assemblage',
      'Verkoop',
      'Leeg',
    ]);
    expect(outline(expandHeatmapRows(top, tree, new Set([1, 5]), null))).toEqual([
      'Productie −',
      '  Logistiek −',
      '    Magazijn',
      '  Assemblage',
      'Verkoop',
      'Leeg',
    ]);
  });

  it('ignores a nested department whose parent is closed', () => {
    expect(outline(expandHeatmapRows(top, tree, new Set([5]), null))).toEqual(['Productie +', 'Verkoop', 'Leeg']);
  });

  it('sorts every level on its own, so rows stay with their parent', () => {
    const sorted = expandHeatmapRows(top, tree, new Set([1]), { key: 'line-2', order: 'desc' });
    expect(outline(sorted)).toEqual(['Productie −', '  Assemblage', '  Logistiek +', 'Verkoop', 'Leeg']);
    expect(outline(expandHeatmapRows(top, tree, new Set([1]), { key: 'line-4', order: 'asc' }))).toEqual([
      'Verkoop',
      'Productie −',
      '  Assemblage',
      '  Logistiek +',
      'Leeg',
    ]);
  });

  it('opens and closes one department at a time', () => {
    expect(toggleExpanded([], 4)).toEqual([4]);
    expect(toggleExpanded([4, 7], 4)).toEqual([7]);
    expect(toggleExpanded([7], 4)).toEqual([7, 4]);
  });
});
