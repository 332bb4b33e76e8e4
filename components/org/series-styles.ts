import type { PointStyle } from 'chart.js';

/**
 * How each compared department looks in a chart: Okabe–Ito colours (distinguishable with
 * colour-vision deficiencies), each with a point shape and a dash of its own so the series differ
 * without colour too. As many as a comparison may hold.
 */
export const SERIES_STYLES: readonly { colour: string; point: PointStyle; dash: number[] }[] = [
  { colour: '#0072B2', point: 'circle', dash: [] },
  { colour: '#D55E00', point: 'triangle', dash: [8, 4] },
  { colour: '#009E73', point: 'rect', dash: [2, 3] },
  { colour: '#CC79A7', point: 'rectRot', dash: [10, 3, 2, 3] },
  { colour: '#000000', point: 'star', dash: [4, 2] },
];
