import { describe, expect, it } from 'vitest';
import { reportViewQuerySchema } from './report-view-query';

describe('report page parameters', () => {
  it('reads valid parameters', () => {
    expect(reportViewQuerySchema.parse({ period: 'week', range: '3m', at: '2026-W45' })).toEqual({
      period: 'week',
      range: '3m',
      at: '2026-W45',
    });
  });

  it('falls back to the defaults on anything else', () => {
    expect(reportViewQuerySchema.parse({})).toEqual({ period: 'month', range: '6m', at: undefined });
    expect(reportViewQuerySchema.parse({ period: 'year', range: ['3m', '6m'], at: '2026-W45' })).toEqual({
      period: 'month',
      range: '6m',
      at: undefined,
    });
    expect(reportViewQuerySchema.parse({ period: 'quarter', at: '<script>' }).at).toBeUndefined();
  });
});
