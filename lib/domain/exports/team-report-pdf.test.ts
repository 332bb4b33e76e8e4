import { describe, expect, it } from 'vitest';
import { pdfText } from '@/testing/pdf-text';
import { type TeamReportContent, teamReportPdf } from './team-report-pdf';

const EVIL = '=HYPERLINK("http://evil.example","x")';
const content = (comments: string[]): TeamReportContent => ({
  title: `Teamrapport: ${EVIL}`,
  subtitle: 'Productie · oktober 2026 · gemaakt op 5 december 2026',
  notice: null,
  lines: {
    heading: 'De vier verbindingslijnen',
    table: {
      columns: ['Lijn', 'Score (0–100)', '% gunstig'],
      rows: [
        ['Waarden', '61,5', '72%'],
        ['Integriteit', 'verborgen: te weinig antwoorden', ''],
      ],
      widths: [0.3, 0.4, 0.3],
    },
    connection: 'Verbindingsscore: 58,7',
  },
  trend: null,
  comments: {
    heading: 'Opmerkingen',
    items: comments,
    empty: 'Niemand schreef een opmerking.',
    more: (n) => `… en nog ${n}.`,
  },
  actions: { heading: 'Acties', items: ['+ Waarden: teamdag — Lea'], empty: 'Geen.', more: (n) => `+${n}` },
  footer: 'Alleen gepubliceerde cijfers.',
});

describe('the team report as PDF', () => {
  it('holds its figures, and a name or comment that looks like a formula as plain text', async () => {
    const pages = await pdfText(await teamReportPdf(content(['@SUM(1) is wat we nodig hebben', '-Meer overleg'])));
    expect(pages).toHaveLength(1);
    for (const text of ['61,5', '72%', 'Verbindingsscore: 58,7', 'verborgen: te weinig antwoorden', '-Meer overleg'])
      expect(pages[0]).toContain(text);
    expect(pages[0]).toContain('=HYPERLINK("http://evil.example","x")');
    expect(pages[0]).toContain('@SUM(1) is wat we nodig hebben');
  });

  it('stays on one page however many comments there are, and says how many more the team page holds', async () => {
    const many = Array.from({ length: 80 }, (_, index) => `Opmerking ${index + 1}: ${'veel tekst '.repeat(20)}`);
    const pages = await pdfText(await teamReportPdf(content(many)));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/… en nog \d+\./);
    expect(pages[0]).toContain('+ Waarden: teamdag — Lea');
  });
});
