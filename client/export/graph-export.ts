// Image exports of the graph on screen: PNG (Cytoscape's renderer) and SVG (the project's own vector
// renderer, sheet-graph.ts, labels as text). The layout is static while exporting: callers wait for
// it to settle first. For the PNG every label is drawn whatever the screen's zoom (the `exporting`
// class), then the class is removed; the SVG always draws every label. With a frame (title and
// legend), the PNG is the framed SVG drawn by the browser, so both formats show the same figure.
import type { Core } from 'cytoscape';
import { cytoscapeExportOptions, fittingScale, type ExportScale, type ImageExportOptions } from './export-options.ts';
import { graphFigure, type FigureFrame } from './graph-svg.ts';
import { svgToPng } from './raster.ts';
import { snapshotView } from './sheet-snapshot.ts';

/** The PNG, and the scale it was made at (lower than asked when the image would pass the canvas limits). */
export async function exportPng(
  cy: Core,
  options: ImageExportOptions,
  frame: FigureFrame | null,
): Promise<{ blob: Blob; scale: ExportScale }> {
  if (frame) {
    const figure = graphFigure(snapshotView(cy), { ...options, scale: 1, frame });
    const scale = fittingScale({ w: figure.width, h: figure.height }, options.scale);
    return { blob: await svgToPng(figure.svg, figure, scale), scale };
  }
  const scale = fittingScale(cy.elements().boundingBox(), options.scale);
  cy.elements().addClass('exporting');
  try {
    const blob = cy.png({ ...cytoscapeExportOptions({ ...options, scale }, window.devicePixelRatio), output: 'blob' });
    return { blob, scale };
  } finally {
    cy.elements().removeClass('exporting');
  }
}

/** The SVG document of the graph as laid out on screen, framed when a frame is given. */
export function exportSvg(cy: Core, options: ImageExportOptions, frame: FigureFrame | null): Blob {
  return new Blob([graphFigure(snapshotView(cy), { ...options, frame }).svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** An SVG document parsed and put in the page out of sight (svg2pdf reads computed styles); remove it after. */
function hostSvg(svg: string): { element: Element; remove: () => void } {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) throw new Error('The briefing sheet is not a valid SVG document.');
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-20000px;top:0;width:0;height:0;overflow:hidden';
  host.append(document.importNode(parsed.documentElement, true));
  document.body.append(host);
  return { element: host.firstElementChild!, remove: () => host.remove() };
}

/**
 * A PDF with a page per SVG document (vector: shapes and text stay shapes and text). jsPDF and
 * svg2pdf.js are loaded on first use. Text uses the PDF's standard Helvetica (WinAnsi characters).
 */
export async function pdfFromSvg(pages: readonly string[], page: { width: number; height: number }, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const orientation = page.width > page.height ? 'landscape' : 'portrait';
  const pdf = new jsPDF({ unit: 'pt', format: [page.width, page.height], orientation, compress: true });
  pdf.setProperties({ title, creator: 'entente' });
  for (const [index, svg] of pages.entries()) {
    if (index > 0) pdf.addPage([page.width, page.height], orientation);
    const hosted = hostSvg(svg);
    try {
      await svg2pdf(hosted.element, pdf, {
        x: 0,
        y: 0,
        width: page.width,
        height: page.height,
        loadExternalStyleSheets: false,
        loadImages: false,
      });
    } finally {
      hosted.remove();
    }
  }
  return pdf.output('blob');
}
