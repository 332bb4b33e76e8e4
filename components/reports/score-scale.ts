/**
 * The heatmap's colour scale: a diverging orange–purple palette (ColorBrewer PuOr), readable with
 * the common colour-vision deficiencies, centred on 50 (the neutral answer). Every cell also shows
 * its number, so colour is never the only carrier of meaning.
 */
export interface ScoreBand {
  /** Inclusive lower bound of the band, 0–100. */
  from: number;
  /** Exclusive upper bound, except for the last band. */
  to: number;
  background: string;
  foreground: string;
}

export const SCORE_BANDS: readonly ScoreBand[] = [
  { from: 0, to: 35, background: '#b35806', foreground: '#ffffff' },
  { from: 35, to: 45, background: '#f1a340', foreground: '#1a1a1a' },
  { from: 45, to: 55, background: '#fee0b6', foreground: '#1a1a1a' },
  { from: 55, to: 65, background: '#d8daeb', foreground: '#1a1a1a' },
  { from: 65, to: 75, background: '#998ec3', foreground: '#111111' },
  { from: 75, to: 100, background: '#542788', foreground: '#ffffff' },
];

export const SUPPRESSED_STYLE = {
  backgroundColor: '#f1f5f9',
  backgroundImage: 'repeating-linear-gradient(135deg, transparent 0 6px, #e2e8f0 6px 8px)',
  color: '#334155',
} as const;

export function scoreBand(score: number): ScoreBand {
  return SCORE_BANDS.find((band) => score < band.to) ?? SCORE_BANDS[SCORE_BANDS.length - 1]!;
}
