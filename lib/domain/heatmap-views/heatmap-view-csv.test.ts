import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { HEATMAP_VIEW_COLUMNS, heatmapViewCsv } from './heatmap-view-csv';
import { heatmapRow } from '@/testing/heatmap-row-fixture';

describe('the heatmap view as CSV', () => {
  const shown = { ...heatmapRow(1, 'Financiën', [61.5, 70, 55.2, 48]), participation: 72.5, depth: 0, expanded: true };
  shown.cells[3] = { ...shown.cells[3]!, change: -6.1, evidence: 'clear', significant: true };
  shown.cells[2] = { ...shown.cells[2]!, change: 4, evidence: 'likely' };
  const difference = (value: number, evidence: 'clear' | null) => ({
    lines: [],
    connection: { difference: value, evidence, significant: evidence === 'clear' },
  });
  shown.comparison = { department: difference(-2.5, null), organisation: difference(-8.1, 'clear') };
  const hidden = {
    ...heatmapRow(9, 'Juridische Zaken', [null, null, null, null], null, 'team'),
    depth: 1,
    expanded: null,
  };
  const csv = heatmapViewCsv({ period: 'month', at: '2026-10', rows: [shown, hidden] });
  const rows = parse<Record<string, string>>(csv, { columns: true, bom: true });

  it('has one row per heatmap row, in the order shown', () => {
    expect(Object.keys(rows[0]!)).toEqual(HEATMAP_VIEW_COLUMNS);
    expect(rows.map((row) => [row.depth, row.kind, row.name, row.period_kind, row.period])).toEqual([
      ['0', 'department', 'Financiën', 'month', '2026-10'],
      ['1', 'team', 'Juridische Zaken', 'month', '2026-10'],
    ]);
  });

  it('gives the scores, changes and the evidence for them shown', () => {
    expect(rows[0]).toMatchObject({
      line_1_score: '61.5',
      line_1_change: '',
      line_1_evidence: '',
      line_1_significant: 'false',
      line_3_evidence: 'likely',
      line_4_evidence: 'clear',
      line_4_score: '48',
      line_4_change: '-6.1',
      line_4_significant: 'true',
      participation: '72.5',
      suppressed: 'false',
      connection_score: '58.675',
      connection_vs_department: '-2.5',
      connection_vs_department_evidence: '',
      connection_vs_organisation: '-8.1',
      connection_vs_organisation_evidence: 'clear',
    });
  });

  it('keeps a suppressed row empty: no score, no change, no participation, only why', () => {
    const {
      depth: _depth,
      kind: _kind,
      id: _id,
      name: _name,
      period_kind: _periodKind,
      period: _period,
      suppressed,
      hidden_reason,
      held_back,
      ...figures
    } = rows[1]!;
    expect([suppressed, hidden_reason, held_back]).toEqual(['true', 'too-few', 'false']);
    expect(Object.values(figures).every((value) => value === '')).toBe(true);
    expect([rows[0]!.hidden_reason, rows[0]!.held_back]).toEqual(['', 'false']);
  });

  it('writes a name that would start a formula as text, and a negative change as a number', () => {
    const evil = {
      ...heatmapRow(4, '=HYPERLINK("http://evil.example","x")', [50, 50, 50, 50]),
      depth: 0,
      expanded: null,
    };
    evil.cells[0] = { ...evil.cells[0]!, change: -3.2 };
    const line = heatmapViewCsv({ period: 'month', at: '2026-10', rows: [evil] }).split('\n')[1]!;
    expect(
      line.startsWith(`0,department,4,"'=HYPERLINK(""http://evil.example"",""x"")",month,2026-10,50,-3.2,,false,`),
    ).toBe(true);
  });

  it('starts with a byte order mark, so spreadsheets read the accents', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
});
