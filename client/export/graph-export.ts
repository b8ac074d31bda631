// Image exports of the graph on screen: PNG (Cytoscape's renderer) and SVG (the project's own vector
// renderer, sheet-graph.ts, labels as text). The layout is static while exporting: callers wait for
// it to settle first. For the PNG every label is drawn whatever the screen's zoom (the `exporting`
// class), then the class is removed; the SVG always draws every label.
import type { Core } from 'cytoscape';
import { cytoscapeExportOptions, fittingScale, type ExportScale, type ImageExportOptions } from './export-options.ts';
import { graphSvg } from './graph-svg.ts';
import { snapshotView } from './sheet-snapshot.ts';

/** The PNG, and the scale it was made at (lower than asked when the image would pass the canvas limits). */
export function exportPng(cy: Core, options: ImageExportOptions): { blob: Blob; scale: ExportScale } {
  const scale = fittingScale(cy.elements().boundingBox(), options.scale);
  cy.elements().addClass('exporting');
  try {
    const blob = cy.png({ ...cytoscapeExportOptions({ ...options, scale }, window.devicePixelRatio), output: 'blob' });
    return { blob, scale };
  } finally {
    cy.elements().removeClass('exporting');
  }
}

/** The SVG document of the graph as laid out on screen. */
export function exportSvg(cy: Core, options: ImageExportOptions): Blob {
  return new Blob([graphSvg(snapshotView(cy), options)], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * A PDF page drawn from an SVG document (vector: shapes and text stay shapes and text). jsPDF and
 * svg2pdf.js are loaded on first use. Text uses the PDF's standard Helvetica (WinAnsi characters).
 */
export async function pdfFromSvg(svg: string, page: { width: number; height: number }, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) throw new Error('The briefing sheet is not a valid SVG document.');
  const pdf = new jsPDF({
    unit: 'pt',
    format: [page.width, page.height],
    orientation: page.width > page.height ? 'landscape' : 'portrait',
    compress: true,
  });
  pdf.setProperties({ title, creator: 'entente' });
  // svg2pdf reads computed styles, so the document is put in the page (out of sight) while drawn.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-20000px;top:0;width:0;height:0;overflow:hidden';
  host.append(document.importNode(parsed.documentElement, true));
  document.body.append(host);
  try {
    await svg2pdf(host.firstElementChild!, pdf, {
      x: 0,
      y: 0,
      width: page.width,
      height: page.height,
      loadExternalStyleSheets: false,
      loadImages: false,
    });
  } finally {
    host.remove();
  }
  return pdf.output('blob');
}
