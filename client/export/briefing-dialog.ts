// The briefing dialog: an editable title and subtitle (prefilled from the view), a live preview of
// the sheet, and downloads as PDF or SVG (the sheet) or PPTX (the slide). Both are drawn from a
// snapshot of the graph taken when the dialog opens, so what is saved is the static picture the
// reader saw.
import type { Core } from 'cytoscape';
import type { GraphResponse } from '../../contract/index.ts';
import { lineNoun } from '../graph/pair-edges.ts';
import type { ViewState } from '../state/view-state.ts';
import { h } from '../ui/dom.ts';
import { briefingNote } from './briefing-note.ts';
import { A4, briefingSheet, type BriefingInput, type BriefingSheet } from './briefing-sheet.ts';
import { downloadBlob } from './download.ts';
import { actionButton } from './exports-panel.ts';
import { pdfFromSvg } from './graph-export.ts';
import { outsidePdfFonts } from './pdf-fonts.ts';
import { sheetDate, sheetSubtitle, sheetTitle } from './sheet-heading.ts';
import { snapshotSheet } from './sheet-snapshot.ts';
import type { SheetArticle, SheetBloc } from './sheet-types.ts';
import { slideFile } from './slide-export.ts';
import { viewReference } from './view-reference.ts';

export interface BriefingDialogOptions {
  cy: Core;
  /** The current view and its data. */
  view: () => { state: ViewState; graph: GraphResponse | null };
  /** Article metadata by id. */
  articles: () => Promise<Map<string, SheetArticle>>;
  name: (id: string) => string;
  /** The bloc swatches when nodes are coloured by bloc, else null. */
  blocLegend: () => SheetBloc[] | null;
  /** The date printed. */
  now: () => Date;
  /** The file name for an extension and a suffix. */
  fileName: (extension: string, suffix?: string) => string;
}

export interface BriefingDialog {
  /** Prepares the sheet of the current view, calls `beforeShow`, and shows the dialog. */
  open(beforeShow: () => void): Promise<void>;
  /** Saves the slide of the current view with the title it suggests; resolves to the file's name. */
  saveSlide(): Promise<string>;
}

/** Wait this long after the last keystroke before drawing the preview again. */
const PREVIEW_DELAY_MS = 150;

interface DialogParts {
  dialog: HTMLDialogElement;
  title: HTMLInputElement;
  subtitle: HTMLInputElement;
  preview: HTMLImageElement;
  note: HTMLElement;
  status: HTMLElement;
}

type SheetKind = 'pdf' | 'svg' | 'pptx';

function buildDialog(download: (kind: SheetKind) => void): DialogParts {
  const parts = {
    title: h('input', { class: 'search-input', attrs: { id: 'briefing-title', type: 'text', maxlength: 200, autocomplete: 'off' } }),
    subtitle: h('input', { class: 'search-input', attrs: { id: 'briefing-subtitle', type: 'text', maxlength: 400, autocomplete: 'off' } }),
    preview: h('img', { class: 'briefing-preview', attrs: { id: 'briefing-preview', alt: 'Preview of the briefing sheet' } }),
    note: h('p', { class: 'muted', attrs: { id: 'briefing-note', 'aria-live': 'polite' } }),
    status: h('p', { class: 'export-status', attrs: { id: 'briefing-status', role: 'status' } }),
  };
  const close = h(
    'button',
    { class: 'button button-quiet', attrs: { type: 'button', id: 'briefing-close' }, on: { click: () => dialog.close() } },
    'Close',
  );
  const form = h(
    'div',
    { class: 'briefing-form' },
    h('h2', { class: 'panel-title', attrs: { id: 'briefing-heading' } }, 'Briefing sheet'),
    h('label', { class: 'field-label', attrs: { for: 'briefing-title' } }, 'Title'),
    parts.title,
    h('label', { class: 'field-label', attrs: { for: 'briefing-subtitle' } }, 'Subtitle'),
    parts.subtitle,
    parts.note,
    h(
      'div',
      { class: 'export-row' },
      actionButton('Download PDF', 'briefing-pdf', 'The sheet as a PDF (vector; the sources continue on further pages)', () =>
        download('pdf'),
      ),
      actionButton('Download SVG', 'briefing-svg', 'The sheet as an SVG document (its pages one under the other)', () => download('svg')),
      actionButton('Download PPTX', 'briefing-pptx', 'One 16:9 slide: title, graph, key points, legend; sources in the notes', () =>
        download('pptx'),
      ),
      close,
    ),
    parts.status,
  );
  const dialog = h(
    'dialog',
    { class: 'briefing-dialog', attrs: { id: 'briefing-dialog', 'aria-labelledby': 'briefing-heading' } },
    h('div', { class: 'briefing-layout' }, form, h('div', { class: 'briefing-preview-frame' }, parts.preview)),
  );
  return { dialog, ...parts };
}

/** The file of a kind: the sheet as a vector PDF or as its SVG document, or the slide. */
function briefingFile(kind: SheetKind, input: BriefingInput): Promise<Blob> {
  if (kind === 'pptx') return slideFile(input);
  const sheet = briefingSheet(input);
  return kind === 'pdf'
    ? pdfFromSvg(sheet.pages, A4, input.title || 'Briefing')
    : Promise.resolve(new Blob([sheet.svg], { type: 'image/svg+xml;charset=utf-8' }));
}

export function createBriefingDialog(options: BriefingDialogOptions): BriefingDialog {
  const parts = buildDialog((kind) => void download(kind));
  document.body.append(parts.dialog);
  let snapshot: ReturnType<typeof snapshotSheet> | null = null;
  let articles = new Map<string, SheetArticle>();
  let previewUrl: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const input = (): BriefingInput => ({
    title: parts.title.value.trim(),
    subtitle: parts.subtitle.value.trim(),
    date: sheetDate(options.now()),
    nodes: snapshot?.nodes ?? [],
    edges: snapshot?.edges ?? [],
    articles,
    name: options.name,
    blocs: options.blocLegend(),
    reference: viewReference(location.href),
    historical: options.view().state.historical,
  });
  const build = (): BriefingSheet => briefingSheet(input());

  function showPreview(): void {
    const sheet = build();
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = URL.createObjectURL(new Blob([sheet.svg], { type: 'image/svg+xml' }));
    parts.preview.src = previewUrl;
    parts.note.textContent = briefingNote(
      { lines: sheet.evidence.sources.length, noun: lineNoun(sheet.evidence.sources), pages: sheet.pages.length },
      outsidePdfFonts(sheet.svg),
    );
  }

  for (const input of [parts.title, parts.subtitle]) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(showPreview, PREVIEW_DELAY_MS);
    });
  }

  async function download(kind: SheetKind): Promise<void> {
    // The preview catches up with the last keystroke, so it shows what is saved.
    clearTimeout(timer);
    showPreview();
    const name = options.fileName(kind, kind === 'pptx' ? 'slide' : 'briefing');
    parts.status.textContent = kind === 'svg' ? '' : `Making the ${kind.toUpperCase()}…`;
    try {
      downloadBlob(await briefingFile(kind, input()), name);
      parts.status.textContent = `Saved ${name}`;
    } catch (error) {
      console.error(error);
      parts.status.textContent = `The ${kind.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** The snapshot of the view, its articles, and the title and subtitle the view suggests. */
  async function prepare(): Promise<void> {
    const { state, graph } = options.view();
    articles = await options.articles();
    snapshot = snapshotSheet(options.cy, graph!);
    parts.title.value = sheetTitle(state, { name: options.name });
    parts.subtitle.value = sheetSubtitle(state, { name: options.name, articleTitle: (id) => articles.get(id)?.title ?? id });
    parts.status.textContent = '';
  }

  return {
    async saveSlide() {
      await prepare();
      const name = options.fileName('pptx', 'slide');
      downloadBlob(await slideFile(input()), name);
      return name;
    },
    async open(beforeShow) {
      await prepare();
      showPreview();
      beforeShow();
      parts.dialog.showModal();
      parts.title.select();
    },
  };
}
