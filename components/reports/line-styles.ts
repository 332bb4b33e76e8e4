import type { PointStyle } from 'chart.js';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';

export interface SeriesStyle {
  colour: string;
  point: PointStyle;
  dash: number[];
}

/**
 * How each connection line looks in every chart: Okabe–Ito colours (distinguishable with colour-vision
 * deficiencies), and a point shape and dash of its own so the lines differ without colour too.
 */
export const LINE_STYLES: Record<ConnectionLine, SeriesStyle> = {
  1: { colour: '#0072B2', point: 'circle', dash: [] },
  2: { colour: '#D55E00', point: 'triangle', dash: [8, 4] },
  3: { colour: '#009E73', point: 'rect', dash: [2, 3] },
  4: { colour: '#CC79A7', point: 'rectRot', dash: [10, 3, 2, 3] },
};

/** Series that are not connection lines (compared departments) take the lines' styles in order, then a fifth. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  ...CONNECTION_LINES.map((line) => LINE_STYLES[line]),
  { colour: '#000000', point: 'star', dash: [4, 2] },
];

/** The Chart.js dataset properties that draw a series in its style. */
export function drawnIn(style: SeriesStyle) {
  return { borderColor: style.colour, backgroundColor: style.colour, borderDash: style.dash, pointStyle: style.point };
}

export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
