// The header's Export menu: the graph as PNG (1×, 2×, 4×; white or transparent; with or without
// title and legend) or SVG, the slide (PPTX), files for other tools (interchange/), and the briefing dialog (editable title and subtitle,
// a live preview, PDF, SVG or PPTX). Exports wait for
// the layout to stop, so what is saved is the static picture the reader sees. The panel is
// exports-panel.ts, the dialog briefing-dialog.ts, the files graph-export.ts and briefing-sheet.ts.
import type { Core } from 'cytoscape';
import type { ArticleListItem as Article, GraphResponse } from '../../contract/index.ts';
import type { ViewState } from '../state/view-state.ts';
import { createBriefingDialog } from './briefing-dialog.ts';
import { downloadBlob } from './download.ts';
import { pngSavedText } from './export-options.ts';
import { createExportsPanel } from './exports-panel.ts';
import { exportFileName } from './file-name.ts';
import { exportPng, exportSvg } from './graph-export.ts';
import { interchangeFile, type InterchangeFormat } from './interchange/interchange-export.ts';
import type { FigureFrame } from './graph-svg.ts';
import { sheetSubtitle, sheetTitle } from './sheet-heading.ts';
import type { SheetArticle, SheetBloc } from './sheet-types.ts';

export interface ExportsMenuOptions {
  cy: Core;
  /** The current view and its data (window.entente). */
  view: () => { state: ViewState; graph: GraphResponse | null };
  /** Resolves when the layout has stopped. */
  settled: () => Promise<void>;
  /** Article metadata (/api/articles). */
  articles: () => Promise<Article[]>;
  /** Entity names by id. */
  name: (id: string) => string;
  /** The bloc swatches when nodes are coloured by bloc, else null. */
  blocLegend: () => SheetBloc[] | null;
  /** The date printed and used in file names; default now. */
  now?: () => Date;
}

export interface ExportsMenu {
  element: HTMLElement;
}

/** Article metadata as the sheet cites it, asked once (again after a failure). */
function sheetArticles(load: () => Promise<Article[]>): () => Promise<Map<string, SheetArticle>> {
  let loaded: Promise<Map<string, SheetArticle>> | undefined;
  return () =>
    (loaded ??= load().then(
      (list) => new Map(list.map((a) => [a.id, { id: a.id, title: a.title, outlet: a.outlet, date: a.eventDate ?? a.published }])),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    ));
}

export function createExportsMenu(options: ExportsMenuOptions): ExportsMenu {
  const now = options.now ?? (() => new Date());
  const fileName = (extension: string, suffix?: string) =>
    exportFileName({ focus: options.view().state.focus, date: now(), extension, suffix });
  const articles = sheetArticles(options.articles);
  const briefing = createBriefingDialog({ ...options, articles, now, fileName });
  const panel = createExportsPanel({
    png: () => void run('PNG export', savePng),
    svg: () => void run('SVG export', saveSvg),
    slide: () => void run('Slide', async () => panel.setStatus(`Saved ${await briefing.saveSlide()}`)),
    briefing: () => void run('Briefing sheet', () => briefing.open(closePanel)),
    data: (format) => void run(`${format.toUpperCase()} export`, () => saveData(format)),
  });

  function closePanel(): void {
    panel.setOpen(false);
    panel.setStatus('');
  }

  /** Runs an export with the layout settled, reporting progress and failure in the menu. */
  async function run(label: string, work: () => void | Promise<void>): Promise<void> {
    if (!options.view().graph) return panel.setStatus('Nothing to export yet.', 'error');
    panel.setStatus(`${label}…`);
    try {
      await options.settled();
      await work();
    } catch (error) {
      console.error(error);
      panel.setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }

  /** What the view's title and subtitle are written from: entity names and article titles. */
  async function headingContext() {
    const titles = await articles();
    return { name: options.name, articleTitle: (id: string) => titles.get(id)?.title ?? id };
  }

  /** The view's title and subtitle above the graph, its legend below, when the reader asks for them. */
  async function frame(framed: boolean): Promise<FigureFrame | null> {
    if (!framed) return null;
    const { state } = options.view();
    const context = await headingContext();
    return { title: sheetTitle(state, context), subtitle: sheetSubtitle(state, context), blocs: options.blocLegend() };
  }

  async function savePng(): Promise<void> {
    const name = fileName('png');
    const wanted = panel.chosen();
    const { blob, scale } = await exportPng(options.cy, wanted, await frame(wanted.framed));
    downloadBlob(blob, name);
    panel.setStatus(pngSavedText(name, scale, wanted.scale));
  }

  async function saveSvg(): Promise<void> {
    const name = fileName('svg');
    const wanted = panel.chosen();
    downloadBlob(exportSvg(options.cy, wanted, await frame(wanted.framed)), name);
    panel.setStatus(`Saved ${name}`);
  }

  async function saveData(format: InterchangeFormat): Promise<void> {
    const { state, graph } = options.view();
    const title = sheetTitle(state, await headingContext());
    const name = fileName(format, format === 'csv' ? 'claims' : undefined);
    downloadBlob(
      await interchangeFile(format, { cy: options.cy, graph: graph!, title, articles: options.articles, name: options.name }),
      name,
    );
    panel.setStatus(`Saved ${name}`);
  }

  return { element: panel.element };
}
