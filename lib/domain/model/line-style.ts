import type { ConnectionLine } from './connection-lines';

/**
 * How each connection line is drawn in every chart: Okabe–Ito colours, safe for colour-blind
 * readers, plus a point shape and dash of its own so the lines differ without colour too.
 */
export const LINE_STYLE: Record<ConnectionLine, { colour: string; point: 'circle' | 'rect' | 'triangle' | 'rectRot'; dash: number[] }> = {
  1: { colour: '#0072B2', point: 'circle', dash: [] },
  2: { colour: '#D55E00', point: 'rect', dash: [6, 3] },
  3: { colour: '#009E73', point: 'triangle', dash: [2, 2] },
  4: { colour: '#CC79A7', point: 'rectRot', dash: [10, 3, 2, 3] },
};
