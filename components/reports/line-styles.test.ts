import { describe, expect, it } from 'vitest';
import { SERIES_STYLES } from './line-styles';

describe('SERIES_STYLES', () => {
  it('gives every series a point shape and a dash of its own, so they differ without colour', () => {
    expect(new Set(SERIES_STYLES.map((style) => style.point)).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((style) => style.dash.join(','))).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((style) => style.colour)).size).toBe(SERIES_STYLES.length);
  });
});
