import { describe, expect, it } from 'vitest';
import { orgViewHref, parseOrgViewQuery } from './org-view-query';

describe('HR report page parameters', () => {
  it('reads the view: period, expansions, sort and the departments to compare', () => {
    expect(
      parseOrgViewQuery({
        period: 'quarter',
        at: '2026-Q4',
        expand: '3,5',
        sort: 'line-4',
        order: 'desc',
        compare: '1',
        department: ['2', '7'],
        show: 'compared',
      }),
    ).toEqual({
      period: 'quarter',
      range: '6m',
      at: '2026-Q4',
      expand: [3, 5],
      sort: { key: 'line-4', order: 'desc' },
      compare: [2, 7],
      show: 'compared',
    });
  });

  it('falls back to the defaults on anything it does not understand', () => {
    expect(parseOrgViewQuery({})).toEqual({
      period: 'month',
      range: '6m',
      at: undefined,
      expand: [],
      sort: null,
      compare: null,
      show: 'scores',
    });
    expect(
      parseOrgViewQuery({ expand: '3,x,-1,0,3', sort: 'line-9', order: 'up', department: '4', show: 'both' }),
    ).toEqual({
      period: 'month',
      range: '6m',
      at: undefined,
      expand: [3],
      sort: null,
      compare: null,
      show: 'scores',
    });
    expect(parseOrgViewQuery({ sort: 'name', order: 'sideways' }).sort).toEqual({ key: 'name', order: 'asc' });
  });

  it('knows a comparison form sent with nothing ticked from no comparison at all', () => {
    expect(parseOrgViewQuery({ compare: '1' }).compare).toEqual([]);
    expect(parseOrgViewQuery({ department: ['1', '2'] }).compare).toBeNull();
  });

  it('links to the same view with a change, and reads back what it wrote', () => {
    const query = parseOrgViewQuery({
      period: 'week',
      range: '3m',
      at: '2026-W40',
      expand: '4',
      show: 'compared',
      compare: '1',
      department: ['1', '2'],
    });
    const href = orgViewHref('/org', query, { sort: { key: 'participation', order: 'asc' } }, 'org-heatmap');
    expect(href).toBe(
      '/org?period=week&range=3m&at=2026-W40&expand=4&sort=participation&order=asc&show=compared&compare=1&department=1&department=2#org-heatmap',
    );
    const search = new URL(href, 'http://localhost').searchParams;
    const params = Object.fromEntries(
      [...new Set(search.keys())].map((key) => [
        key,
        search.getAll(key).length > 1 ? search.getAll(key) : search.get(key)!,
      ]),
    );
    expect(parseOrgViewQuery(params)).toEqual({ ...query, sort: { key: 'participation', order: 'asc' } });
  });
});
