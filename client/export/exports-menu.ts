// The header's Export menu: the graph as PNG (1×, 2×, 4×; white or transparent) or SVG, and the
// briefing sheet dialog (editable title and subtitle, a live preview, PDF or SVG). Exports wait for
// the layout to stop, so what is saved is the static picture the reader sees.
import type { Core } from 'cytoscape';
import type { Article, GraphResponse } from '../api/api-types.ts';
import type { ViewState } from '../state/view-state.ts';
import { h } from '../ui/dom.ts';
import { briefingSheet, type BriefingSheet } from './briefing-sheet.ts';
import { downloadBlob } from './download.ts';
import { BACKGROUNDS, EXPORT_SCALES, type Background, type ExportScale } from './export-options.ts';
import { exportFileName } from './file-name.ts';
import { exportPng, exportSvg, pdfFromSvg } from './graph-export.ts';
import { outsidePdfFonts } from './pdf-fonts.ts';
import { sheetDate, sheetSubtitle, sheetTitle } from './sheet-heading.ts';
import { snapshotGraph } from './sheet-snapshot.ts';
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

const A4 = { width: 595.28, height: 841.89 };
const SCALE_TEXT: Record<ExportScale, string> = { 1: '1×', 2: '2×', 4: '4×' };
const BACKGROUND_TEXT: Record<Background, string> = { white: 'White', transparent: 'Transparent' };

export function createExportsMenu(options: ExportsMenuOptions): ExportsMenu {
  const now = options.now ?? (() => new Date());
  let articlesPromise: Promise<Map<string, SheetArticle>> | undefined;
  const articles = () =>
    (articlesPromise ??= options.articles().then(
      (list) => new Map(list.map((a) => [a.id, { id: a.id, title: a.title, outlet: a.outlet, date: a.eventDate ?? a.published }])),
      (error: unknown) => {
        articlesPromise = undefined;
        throw error;
      },
    ));

  const radio = <T extends string | number>(name: string, value: T, label: string, checked: boolean) =>
    h('label', { class: 'export-choice' }, h('input', { attrs: { type: 'radio', name, value: String(value), checked, id: `${name}-${value}` } }), label);
  const status = h('p', { class: 'export-status', attrs: { id: 'export-status', role: 'status', 'aria-live': 'polite' } });
  const setStatus = (text: string, tone: 'info' | 'error' = 'info') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };
  const chosen = () => {
    const scale = Number((panel.querySelector('input[name="export-scale"]:checked') as HTMLInputElement | null)?.value ?? 1) as ExportScale;
    const background = ((panel.querySelector('input[name="export-bg"]:checked') as HTMLInputElement | null)?.value ?? 'white') as Background;
    return { scale: EXPORT_SCALES.includes(scale) ? scale : 1, background: BACKGROUNDS.includes(background) ? background : 'white' };
  };
  const fileName = (extension: string, suffix?: string) => exportFileName({ focus: options.view().state.focus, date: now(), extension, suffix });

  /** Runs an export with the layout settled, reporting progress and failure in the menu. */
  async function run(label: string, work: () => Promise<void>): Promise<void> {
    if (!options.view().graph) return setStatus('Nothing to export yet.', 'error');
    setStatus(`${label}…`);
    try {
      await options.settled();
      await work();
    } catch (error) {
      console.error(error);
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }

  const button = (label: string, id: string, title: string, onClick: () => void) =>
    h('button', { class: 'button', attrs: { type: 'button', id, title }, on: { click: onClick } }, label);

  const pngButton = button('PNG', 'export-png', 'The whole graph as a PNG image', () =>
    void run('PNG export', async () => {
      const name = fileName('png');
      const wanted = chosen();
      const { blob, scale } = exportPng(options.cy, wanted);
      downloadBlob(blob, name);
      setStatus(scale < wanted.scale ? `Saved ${name} at ${SCALE_TEXT[scale]}: at ${SCALE_TEXT[wanted.scale]} the image would be too large for the browser.` : `Saved ${name}`);
    }),
  );
  const svgButton = button('SVG', 'export-svg', 'The whole graph as an SVG (vector, labels as text)', () =>
    void run('SVG export', async () => {
      const name = fileName('svg');
      downloadBlob(exportSvg(options.cy, chosen()), name);
      setStatus(`Saved ${name}`);
    }),
  );
  const briefingButton = button('Briefing sheet…', 'export-briefing', 'A one-page sheet: title, graph, legend and numbered sources (PDF or SVG)', () => void run('Briefing sheet', openBriefing));

  const panel = h(
    'div',
    { class: 'export-panel', attrs: { id: 'export-panel', role: 'group', 'aria-label': 'Export', hidden: true } },
    h(
      'fieldset',
      { class: 'export-group' },
      h('legend', {}, 'Image of the whole graph'),
      h('div', { class: 'export-row' }, h('span', { class: 'field-label' }, 'Scale'), ...EXPORT_SCALES.map((s) => radio('export-scale', s, SCALE_TEXT[s], s === 2))),
      h('div', { class: 'export-row' }, h('span', { class: 'field-label' }, 'Background'), ...BACKGROUNDS.map((b) => radio('export-bg', b, BACKGROUND_TEXT[b], b === 'white'))),
      h('div', { class: 'export-row' }, pngButton, svgButton),
    ),
    h('fieldset', { class: 'export-group' }, h('legend', {}, 'For a briefing'), h('p', { class: 'muted' }, 'One page: your title, the graph with numbered relationships, the legend and the quoted sources.'), briefingButton),
    status,
  );
  const toggle = h('button', { class: 'button button-quiet', attrs: { type: 'button', id: 'export-toggle', 'aria-expanded': 'false', 'aria-controls': 'export-panel' }, on: { click: () => setOpen(panel.hidden) } }, 'Export');
  const element = h('div', { class: 'exports' }, toggle, panel);

  function setOpen(open: boolean): void {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) setStatus('');
  }
  document.addEventListener('click', (event) => {
    if (!panel.hidden && !element.contains(event.target as Node)) setOpen(false);
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      setOpen(false);
      toggle.focus();
    }
  });

  // The briefing dialog.
  const titleInput = h('input', { class: 'search-input', attrs: { id: 'briefing-title', type: 'text', maxlength: 200, autocomplete: 'off' } });
  const subtitleInput = h('input', { class: 'search-input', attrs: { id: 'briefing-subtitle', type: 'text', maxlength: 400, autocomplete: 'off' } });
  const preview = h('img', { class: 'briefing-preview', attrs: { id: 'briefing-preview', alt: 'Preview of the briefing sheet' } });
  const note = h('p', { class: 'muted', attrs: { id: 'briefing-note', 'aria-live': 'polite' } });
  const dialogStatus = h('p', { class: 'export-status', attrs: { id: 'briefing-status', role: 'status' } });
  const dialog = h(
    'dialog',
    { class: 'briefing-dialog', attrs: { id: 'briefing-dialog', 'aria-labelledby': 'briefing-heading' } },
    h(
      'div',
      { class: 'briefing-layout' },
      h(
        'div',
        { class: 'briefing-form' },
        h('h2', { class: 'panel-title', attrs: { id: 'briefing-heading' } }, 'Briefing sheet'),
        h('label', { class: 'field-label', attrs: { for: 'briefing-title' } }, 'Title'),
        titleInput,
        h('label', { class: 'field-label', attrs: { for: 'briefing-subtitle' } }, 'Subtitle'),
        subtitleInput,
        note,
        h(
          'div',
          { class: 'export-row' },
          button('Download PDF', 'briefing-pdf', 'The sheet as a one-page PDF (vector)', () => void download('pdf')),
          button('Download SVG', 'briefing-svg', 'The sheet as an SVG document', () => void download('svg')),
          h('button', { class: 'button button-quiet', attrs: { type: 'button', id: 'briefing-close' }, on: { click: () => dialog.close() } }, 'Close'),
        ),
        dialogStatus,
      ),
      h('div', { class: 'briefing-preview-frame' }, preview),
    ),
  );
  document.body.append(dialog);

  let snapshot: ReturnType<typeof snapshotGraph> | null = null;
  let articleMap = new Map<string, SheetArticle>();
  let previewUrl: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function build(): BriefingSheet {
    return briefingSheet({
      title: titleInput.value.trim(),
      subtitle: subtitleInput.value.trim(),
      date: sheetDate(now()),
      nodes: snapshot?.nodes ?? [],
      edges: snapshot?.edges ?? [],
      articles: articleMap,
      name: options.name,
      blocs: options.blocLegend(),
      link: location.href,
    });
  }

  function showPreview(): void {
    const sheet = build();
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = URL.createObjectURL(new Blob([sheet.svg], { type: 'image/svg+xml' }));
    preview.src = previewUrl;
    const total = sheet.numbered.length + sheet.notListed;
    const listed = total === 0 ? 'No relationship in this view.' : sheet.notListed > 0 ? `The ${sheet.numbered.length} best-evidenced of ${total} relationships are numbered and quoted; ${sheet.notListed} more are counted.` : `All ${total} relationships are numbered and quoted.`;
    const missing = outsidePdfFonts(sheet.svg);
    note.textContent = missing.length > 0 ? `${listed} The PDF's fonts cannot draw ${missing.slice(0, 5).join(' ')}; the SVG sheet shows them.` : listed;
  }

  for (const input of [titleInput, subtitleInput]) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(showPreview, 150);
    });
  }

  async function openBriefing(): Promise<void> {
    const { state, graph } = options.view();
    articleMap = await articles();
    snapshot = snapshotGraph(options.cy, graph!);
    titleInput.value = sheetTitle(state, { name: options.name });
    subtitleInput.value = sheetSubtitle(state, { name: options.name, articleTitle: (id) => articleMap.get(id)?.title ?? id });
    dialogStatus.textContent = '';
    showPreview();
    setOpen(false);
    setStatus('');
    dialog.showModal();
    titleInput.select();
  }

  async function download(kind: 'pdf' | 'svg'): Promise<void> {
    // The preview catches up with the last keystroke, so it shows what is saved.
    clearTimeout(timer);
    showPreview();
    const sheet = build();
    const title = titleInput.value.trim() || 'Briefing';
    const name = fileName(kind, 'briefing');
    dialogStatus.textContent = kind === 'pdf' ? 'Making the PDF…' : '';
    try {
      const blob = kind === 'pdf' ? await pdfFromSvg(sheet.svg, A4, title) : new Blob([sheet.svg], { type: 'image/svg+xml;charset=utf-8' });
      downloadBlob(blob, name);
      dialogStatus.textContent = `Saved ${name}`;
    } catch (error) {
      console.error(error);
      dialogStatus.textContent = `The ${kind.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  return { element };
}
