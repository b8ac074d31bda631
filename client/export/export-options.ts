// The choices an image export offers, their labels, and how they become Cytoscape's export options.

export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

export const BACKGROUNDS = ['white', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];

export const SCALE_TEXT: Record<ExportScale, string> = { 1: '1×', 2: '2×', 4: '4×' };
export const BACKGROUND_TEXT: Record<Background, string> = { white: 'White', transparent: 'Transparent' };

export interface ImageExportOptions {
  /** Output pixels per model pixel. */
  scale: ExportScale;
  background: Background;
  /** With the view's title above the graph and the legend below it. */
  framed: boolean;
}

/**
 * Cytoscape multiplies an export's scale by the screen's pixel ratio; dividing by it first makes
 * "2×" mean twice the graph's own size on every screen.
 */
export function cytoscapeExportOptions(
  { scale, background }: Pick<ImageExportOptions, 'scale' | 'background'>,
  pixelRatio: number,
): { full: true; scale: number; bg?: string } {
  const ratio = Number.isFinite(pixelRatio) && pixelRatio > 0 ? pixelRatio : 1;
  return { full: true, scale: scale / ratio, ...(background === 'white' ? { bg: '#ffffff' } : {}) };
}

/** Chromium's largest canvas: 16,384 px a side, 268 million pixels in all (others allow less or the same). */
export const CANVAS_LIMITS = { side: 16_384, area: 268_435_456 };

/**
 * The largest of the offered scales, up to the one chosen, at which a graph of `size` (model px)
 * still fits one canvas; a bigger canvas would come out blank.
 */
export function fittingScale(size: { w: number; h: number }, chosen: ExportScale, limits = CANVAS_LIMITS): ExportScale {
  const fits = (scale: number) =>
    Math.ceil(size.w) * scale <= limits.side &&
    Math.ceil(size.h) * scale <= limits.side &&
    Math.ceil(size.w) * Math.ceil(size.h) * scale * scale <= limits.area;
  return [...EXPORT_SCALES].reverse().find((scale) => scale <= chosen && fits(scale)) ?? 1;
}

/** The status after a PNG is saved: its name, and the scale it was made at when lower than asked. */
export function pngSavedText(name: string, made: ExportScale, wanted: ExportScale): string {
  return made < wanted
    ? `Saved ${name} at ${SCALE_TEXT[made]}: at ${SCALE_TEXT[wanted]} the image would be too large for the browser.`
    : `Saved ${name}`;
}
