// The briefing sheet dialog: an editable title and subtitle (prefilled from the view), a live
// preview of the sheet, and downloads as PDF or SVG. The sheet is drawn from a snapshot of the
// graph taken when the dialog opens, so what is saved is the static picture the reader saw.
import type { Core } from 'cytoscape';
import type { GraphResponse } from '../../contract/index.ts';
import type { ViewState } from '../state/view-state.ts';
import { h } from '../ui/dom.ts';
import { briefingNote } from './briefing-note.ts';
import { briefingSheet, type BriefingSheet } from './briefing-sheet.ts';
import { downloadBlob } from './download.ts';
import { actionButton } from './exports-panel.ts';
import { pdfFromSvg } from './graph-export.ts';
import { outsidePdfFonts } from './pdf-fonts.ts';
import { sheetDate, sheetSubtitle, sheetTitle } from './sheet-heading.ts';
import { snapshotGraph } from './sheet-snapshot.ts';
import type { SheetArticle, SheetBloc } from './sheet-types.ts';

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
}

const A4 = { width: 595.28, height: 841.89 };
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

function buildDialog(download: (kind: 'pdf' | 'svg') => void): DialogParts {
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
      actionButton('Download PDF', 'briefing-pdf', 'The sheet as a one-page PDF (vector)', () => download('pdf')),
      actionButton('Download SVG', 'briefing-svg', 'The sheet as an SVG document', () => download('svg')),
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

/** The sheet as a file: a one-page vector PDF, or the SVG document itself. */
function sheetFile(kind: 'pdf' | 'svg', sheet: BriefingSheet, title: string): Promise<Blob> {
  return kind === 'pdf'
    ? pdfFromSvg(sheet.svg, A4, title)
    : Promise.resolve(new Blob([sheet.svg], { type: 'image/svg+xml;charset=utf-8' }));
}

export function createBriefingDialog(options: BriefingDialogOptions): BriefingDialog {
  const parts = buildDialog((kind) => void download(kind));
  document.body.append(parts.dialog);
  let snapshot: ReturnType<typeof snapshotGraph> | null = null;
  let articles = new Map<string, SheetArticle>();
  let previewUrl: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const build = (): BriefingSheet =>
    briefingSheet({
      title: parts.title.value.trim(),
      subtitle: parts.subtitle.value.trim(),
      date: sheetDate(options.now()),
      nodes: snapshot?.nodes ?? [],
      edges: snapshot?.edges ?? [],
      articles,
      name: options.name,
      blocs: options.blocLegend(),
      link: location.href,
    });

  function showPreview(): void {
    const sheet = build();
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = URL.createObjectURL(new Blob([sheet.svg], { type: 'image/svg+xml' }));
    parts.preview.src = previewUrl;
    parts.note.textContent = briefingNote(sheet, outsidePdfFonts(sheet.svg));
  }

  for (const input of [parts.title, parts.subtitle]) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(showPreview, PREVIEW_DELAY_MS);
    });
  }

  async function download(kind: 'pdf' | 'svg'): Promise<void> {
    // The preview catches up with the last keystroke, so it shows what is saved.
    clearTimeout(timer);
    showPreview();
    const name = options.fileName(kind, 'briefing');
    parts.status.textContent = kind === 'pdf' ? 'Making the PDF…' : '';
    try {
      downloadBlob(await sheetFile(kind, build(), parts.title.value.trim() || 'Briefing'), name);
      parts.status.textContent = `Saved ${name}`;
    } catch (error) {
      console.error(error);
      parts.status.textContent = `The ${kind.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  return {
    async open(beforeShow) {
      const { state, graph } = options.view();
      articles = await options.articles();
      snapshot = snapshotGraph(options.cy, graph!);
      parts.title.value = sheetTitle(state, { name: options.name });
      parts.subtitle.value = sheetSubtitle(state, { name: options.name, articleTitle: (id) => articles.get(id)?.title ?? id });
      parts.status.textContent = '';
      showPreview();
      beforeShow();
      parts.dialog.showModal();
      parts.title.select();
    },
  };
}
