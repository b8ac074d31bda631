// The Export menu's panel: the image choices (scale, background, title and legend), the PNG, SVG,
// slide and briefing-sheet buttons, the files for other tools, and a status line; it opens from the header's Export button and closes on a click
// outside or Escape.
import { h } from '../ui/dom.ts';
import type { InterchangeFormat } from './interchange/interchange-export.ts';
import {
  BACKGROUND_TEXT,
  BACKGROUNDS,
  EXPORT_SCALES,
  SCALE_TEXT,
  type Background,
  type ExportScale,
  type ImageExportOptions,
} from './export-options.ts';

export interface ExportsPanelHandlers {
  png: () => void;
  svg: () => void;
  slide: () => void;
  briefing: () => void;
  /** The view for another tool: GEXF, GraphML, Cytoscape JSON or the claims as CSV. */
  data: (format: InterchangeFormat) => void;
}

export interface ExportsPanel {
  /** The Export button and its panel. */
  element: HTMLElement;
  /** The scale and background chosen. */
  chosen(): ImageExportOptions;
  setStatus(text: string, tone?: 'info' | 'error'): void;
  setOpen(open: boolean): void;
}

/** A button of the exports: a label, an id for tests, a title that says what it saves. */
export function actionButton(label: string, id: string, title: string, onClick: () => void): HTMLButtonElement {
  return h('button', { class: 'button', attrs: { type: 'button', id, title }, on: { click: onClick } }, label);
}

const radio = <T extends string | number>(name: string, value: T, label: string, checked: boolean) =>
  h(
    'label',
    { class: 'export-choice' },
    h('input', { attrs: { type: 'radio', name, value: String(value), checked, id: `${name}-${value}` } }),
    label,
  );

/** A titled group of export buttons with a line on what they save. */
function buttonGroup(title: string, note: string, buttons: HTMLButtonElement[]): HTMLElement {
  return h(
    'fieldset',
    { class: 'export-group' },
    h('legend', {}, title),
    h('p', { class: 'muted' }, note),
    h('div', { class: 'export-row' }, ...buttons),
  );
}

/** The panel's fields and buttons: the whole graph as an image, or a briefing sheet. */
function panelContent(on: ExportsPanelHandlers, status: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'export-panel', attrs: { id: 'export-panel', role: 'group', 'aria-label': 'Export', hidden: true } },
    h(
      'fieldset',
      { class: 'export-group' },
      h('legend', {}, 'Image of the whole graph'),
      h(
        'div',
        { class: 'export-row' },
        h('span', { class: 'field-label' }, 'Scale'),
        ...EXPORT_SCALES.map((s) => radio('export-scale', s, SCALE_TEXT[s], s === 2)),
      ),
      h(
        'div',
        { class: 'export-row' },
        h('span', { class: 'field-label' }, 'Background'),
        ...BACKGROUNDS.map((b) => radio('export-bg', b, BACKGROUND_TEXT[b], b === 'white')),
      ),
      h(
        'label',
        { class: 'export-choice' },
        h('input', { attrs: { type: 'checkbox', id: 'export-frame', name: 'export-frame' } }),
        'With title and legend',
      ),
      h(
        'div',
        { class: 'export-row' },
        actionButton('PNG', 'export-png', 'The whole graph as a PNG image', on.png),
        actionButton('SVG', 'export-svg', 'The whole graph as an SVG (vector, labels as text)', on.svg),
      ),
    ),
    buttonGroup('For a briefing', 'Your title, key points, the graph with numbered relationships, the legend and the quoted sources.', [
      actionButton('Slide (PPTX)', 'export-slide', 'One 16:9 slide: title, graph, key points, legend; sources in the notes', on.slide),
      actionButton(
        'Briefing sheet…',
        'export-briefing',
        'A sheet to edit and save: title, key points, graph, legend and numbered sources (PDF, SVG or PPTX)',
        on.briefing,
      ),
    ]),
    buttonGroup('For other tools', 'The view on screen, with positions and colours as drawn.', [
      actionButton('GEXF', 'export-gexf', 'For Gephi: entities, lines, colours, sizes and positions', () => on.data('gexf')),
      actionButton('GraphML', 'export-graphml', 'For yEd and other GraphML readers, with yEd graphics', () => on.data('graphml')),
      actionButton('Cytoscape JSON', 'export-cyjs', 'For Cytoscape Desktop (.cyjs)', () => on.data('cyjs')),
      actionButton('Claims (CSV)', 'export-csv', 'One row per claim in the view: quote, speaker, relationship, article', () =>
        on.data('csv'),
      ),
    ]),
    status,
  );
}

export function createExportsPanel(on: ExportsPanelHandlers): ExportsPanel {
  const status = h('p', { class: 'export-status', attrs: { id: 'export-status', role: 'status', 'aria-live': 'polite' } });
  const panel = panelContent(on, status);
  const toggle = h(
    'button',
    {
      class: 'button button-quiet',
      attrs: { type: 'button', id: 'export-toggle', 'aria-expanded': 'false', 'aria-controls': 'export-panel' },
      on: { click: () => setOpen(panel.hidden) },
    },
    'Export',
  );
  const element = h('div', { class: 'exports' }, toggle, panel);

  function setStatus(text: string, tone: 'info' | 'error' = 'info'): void {
    status.textContent = text;
    status.dataset.tone = tone;
  }
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

  return {
    element,
    chosen() {
      const scale = Number(panel.querySelector<HTMLInputElement>('input[name="export-scale"]:checked')?.value ?? 1) as ExportScale;
      const background = (panel.querySelector<HTMLInputElement>('input[name="export-bg"]:checked')?.value ?? 'white') as Background;
      return {
        scale: EXPORT_SCALES.includes(scale) ? scale : 1,
        background: BACKGROUNDS.includes(background) ? background : 'white',
        framed: panel.querySelector<HTMLInputElement>('#export-frame')?.checked ?? false,
      };
    },
    setStatus,
    setOpen,
  };
}
