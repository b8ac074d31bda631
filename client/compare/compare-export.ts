// The "What changed" sheet of the comparison on screen, saved as PDF (vector, through the same
// jsPDF + svg2pdf path as the briefing sheet) or as SVG (its pages one under the other).
import type { Core } from 'cytoscape';
import type { ArticleListItem as Article, CompareStatus } from '../../contract/index.ts';
import { A4 } from '../export/briefing-sheet.ts';
import { downloadBlob } from '../export/download.ts';
import { exportFileName } from '../export/file-name.ts';
import { pdfFromSvg } from '../export/graph-export.ts';
import { sheetDate } from '../export/sheet-heading.ts';
import { snapshotView } from '../export/sheet-snapshot.ts';
import type { DrawnEdge, SheetArticle } from '../export/sheet-types.ts';
import { viewReference } from '../export/view-reference.ts';
import type { CompareMode } from './compare-mode.ts';
import { compareSheet } from './compare-sheet.ts';
import { STATUS_STYLE } from './compare-style.ts';

export interface CompareExportOptions {
  cy: Core;
  articles: () => Promise<Article[]>;
  now?: () => Date;
}

/** The lines as drawn, each with its status's dashes and casing (the stylesheet's rules are not in the snapshot). */
function markedEdges(cy: Core, edges: DrawnEdge[]): DrawnEdge[] {
  return edges.map((edge) => {
    const style = STATUS_STYLE[cy.$id(edge.id).data('status') as CompareStatus];
    // A briefing shows the whole comparison: nothing faded by a selection; the casing is the changed mark, not a contested halo.
    const { opacity: _, ...drawn } = edge;
    return style
      ? { ...drawn, contested: drawn.contested && !style.casing, mark: { dash: style.dash, cap: style.cap, casing: style.casing } }
      : drawn;
  });
}

/** Saves the sheet; resolves to the file's name. */
export async function saveCompareSheet(kind: 'pdf' | 'svg', compare: CompareMode, options: CompareExportOptions): Promise<string> {
  const current = compare.current();
  if (!current) throw new Error('nothing is compared yet');
  const list = await options.articles();
  const articles = new Map<string, SheetArticle>(
    list.map((a) => [a.id, { id: a.id, title: a.title, outlet: a.outlet, date: a.eventDate ?? a.published }]),
  );
  const { nodes, edges } = snapshotView(options.cy);
  const title = 'What changed between A and B';
  const sheet = compareSheet({
    title,
    sides: current.context.sides,
    date: sheetDate((options.now ?? (() => new Date()))()),
    response: current.response,
    nodes: nodes.map(({ opacity: _, ...node }) => node),
    edges: markedEdges(options.cy, edges),
    articles,
    name: current.context.name,
    reference: viewReference(location.href),
  });
  const name = exportFileName({ focus: current.state.focus, date: new Date(), extension: kind, suffix: 'what-changed' });
  const blob =
    kind === 'pdf' ? await pdfFromSvg(sheet.pages, A4, title) : new Blob([stacked(sheet.pages)], { type: 'image/svg+xml;charset=utf-8' });
  downloadBlob(blob, name);
  return name;
}

/** The pages one under the other in one SVG document, each a g.page. */
function stacked(pages: readonly string[]): string {
  const gap = 24;
  const bodies = pages.map((page, i) => {
    const body = page.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    return `<g class="page" transform="translate(0 ${i * (A4.height + gap)})">${body}</g>`;
  });
  const height = pages.length * A4.height + (pages.length - 1) * gap;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}pt" height="${height}pt" viewBox="0 0 ${A4.width} ${height}">${bodies.join('')}</svg>`;
}
