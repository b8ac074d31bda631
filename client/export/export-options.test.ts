import { describe, expect, it } from 'vitest';
import { cytoscapeExportOptions, fittingScale, pngSavedText } from './export-options.ts';

describe('image export options', () => {
  it('when the screen has one pixel per CSS pixel, then the chosen scale passes as is', () => {
    expect(cytoscapeExportOptions({ scale: 2, background: 'white' }, 1)).toEqual({ full: true, scale: 2, bg: '#ffffff' });
  });

  it('when the screen is high-density, then the scale is divided so the output size does not depend on it', () => {
    expect(cytoscapeExportOptions({ scale: 4, background: 'transparent' }, 2)).toEqual({ full: true, scale: 2 });
  });

  it('when the pixel ratio is unusable, then it counts as 1', () => {
    expect(cytoscapeExportOptions({ scale: 1, background: 'transparent' }, 0).scale).toBe(1);
    expect(cytoscapeExportOptions({ scale: 1, background: 'transparent' }, Number.NaN).scale).toBe(1);
  });
});

describe('canvas size limits', () => {
  it('when the graph fits at the chosen scale, then that scale is kept', () => {
    expect(fittingScale({ w: 1200, h: 900 }, 4)).toBe(4);
  });

  it('when a side would pass the limit, then the largest scale that fits is used', () => {
    expect(fittingScale({ w: 5000, h: 1000 }, 4)).toBe(2);
    expect(fittingScale({ w: 10_000, h: 1000 }, 4)).toBe(1);
  });

  it('when the area would pass the limit, then the scale drops too', () => {
    expect(fittingScale({ w: 5000, h: 5000 }, 4, { side: 100_000, area: 300_000_000 })).toBe(2);
  });
});

describe('PNG saved status', () => {
  it('when the PNG was made at the scale asked, then the status names the file', () => {
    expect(pngSavedText('entente-view-2025-03-07.png', 2, 2)).toBe('Saved entente-view-2025-03-07.png');
  });

  it('when the PNG had to be made smaller, then the status says at which scale and why', () => {
    expect(pngSavedText('g.png', 2, 4)).toBe('Saved g.png at 2×: at 4× the image would be too large for the browser.');
  });
});
