// The briefing sheet's legend, from the same style entries as the graph and the on-screen legend
// (graph-style.ts), laid out in rows that wrap to the sheet's width. It shows only what the view
// contains (legend-contents.ts): a kind, a polarity, a halo, an arrow or a width no line has is
// not explained.
import { ENTITY_KINDS, POLARITIES, VERDICT_RULES } from '../../contract/index.ts';
import { edgeWidth } from '../graph/graph-elements.ts';
import { KIND_STYLE, NO_BLOC_STYLE, POLARITY_STYLE, type PolarityStyle } from '../graph/graph-style.ts';
import { badgeMarkup, SHEET_FONT } from './sheet-graph.ts';
import { arrowHead, haloAttrs, lineAttrs, nodeShape } from './sheet-shapes.ts';
import type { LegendContents } from './legend-contents.ts';
import type { SheetBloc } from './sheet-types.ts';
import { textWidth } from './text-metrics.ts';
import { escapeXml, safeColor, tag } from './xml.ts';

export interface LegendOptions {
  x: number;
  y: number;
  width: number;
  /** The graph's pt per model px, so line widths match the graph's. */
  lineScale: number;
  /** Present when nodes are coloured by bloc: then kinds are told by shape alone. */
  blocs?: readonly SheetBloc[] | null;
  /** What the view contains. */
  contents: LegendContents;
  /** What the number marker stands for; default "relationship, sources below". */
  numberLabel?: string;
}

interface Item {
  key: string;
  label: string;
  /** Draws the swatch with its left edge at x, centred on y. */
  swatch: (x: number, y: number) => string;
}

const SWATCH = 20;
const LABEL_SIZE = 7;
const TITLE_SIZE = 6.2;
const ROW = 12;
/** The width legend's widest sample: lines stop getting wider at this many articles. */
const WIDEST = 5;
const GREY: PolarityStyle = { ...POLARITY_STYLE.neutral, color: '#555555', lineStyle: 'solid', dash: null, cap: 'butt' };

const line = (style: PolarityStyle, width: number) => (x: number, y: number) =>
  tag('line', { x1: x + 1, y1: y, x2: x + SWATCH - 1, y2: y, ...lineAttrs(style, width) });

type LegendGroup = { title: string; items: Item[] };

export function legendItems({
  lineScale,
  blocs,
  contents,
  numberLabel = 'relationship, sources below',
}: Omit<LegendOptions, 'x' | 'y' | 'width'>): LegendGroup[] {
  const width = (n: number) => Math.max(0.6, edgeWidth(n) * lineScale);
  const groups: LegendGroup[] = [
    entityGroup(Boolean(blocs), contents.kinds),
    ...(blocs ? [blocGroup(blocs)] : []),
    relationshipGroup(contents),
    {
      title: 'Width = distinct articles',
      items: contents.widths.map((n) => ({ key: `width-${n}`, label: n >= WIDEST ? `${n}+` : String(n), swatch: line(GREY, width(n)) })),
    },
    ...(contents.numbered ? [numberGroup(numberLabel)] : []),
  ];
  return groups.filter((group) => group.items.length > 0);
}

/** Kinds by shape; with blocs on, the fill belongs to the bloc, so the shapes are drawn white. */
function entityGroup(blocs: boolean, kinds: readonly string[]): LegendGroup {
  return {
    title: blocs ? 'Entities (shape)' : 'Entities',
    items: ENTITY_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => ({
      key: kind,
      label: KIND_STYLE[kind].label,
      swatch: (x, y) =>
        nodeShape(
          KIND_STYLE[kind].shape,
          { cx: x + SWATCH / 2, cy: y, w: 12, h: 8.5 },
          { fill: blocs ? '#ffffff' : KIND_STYLE[kind].fill, stroke: KIND_STYLE[kind].border, 'stroke-width': 0.9 },
        ),
    })),
  };
}

function blocGroup(blocs: NonNullable<LegendOptions['blocs']>): LegendGroup {
  return {
    title: 'Blocs (fill)',
    items: [...blocs, { label: NO_BLOC_STYLE.label, fill: NO_BLOC_STYLE.fill, border: NO_BLOC_STYLE.border }].map((bloc, i) => ({
      key: i < blocs.length ? `bloc-${i + 1}` : 'no-bloc',
      label: bloc.label,
      swatch: (x: number, y: number) =>
        nodeShape(
          'ellipse',
          { cx: x + SWATCH / 2, cy: y, w: 9, h: 9 },
          { fill: safeColor(bloc.fill, '#ffffff'), stroke: safeColor(bloc.border, '#666666'), 'stroke-width': 0.9 },
        ),
    })),
  };
}

function relationshipGroup(contents: LegendContents): LegendGroup {
  const items: Item[] = [
    ...POLARITIES.filter((polarity) => contents.polarities.includes(polarity)).map((polarity) => ({
      key: polarity,
      label: POLARITY_STYLE[polarity].label,
      swatch: line(POLARITY_STYLE[polarity], 1.6),
    })),
    ...(contents.contested ? [contestedItem()] : []),
    ...(contents.directed ? [directedItem()] : []),
  ];
  return { title: 'Relationships', items };
}

function contestedItem(): Item {
  return {
    key: 'contested',
    // The threshold as the explorer's legend states it, so a slide never implies a looser rule.
    label: VERDICT_RULES.contestedShort,
    swatch: (x: number, y: number) =>
      tag('line', { x1: x + 2, y1: y, x2: x + SWATCH - 2, y2: y, ...haloAttrs(1.4, 2.5) }) + line(GREY, 1.4)(x, y),
  };
}

function directedItem(): Item {
  return {
    key: 'directed',
    label: 'Directed',
    swatch: (x: number, y: number) =>
      tag('line', { x1: x + 1, y1: y, x2: x + SWATCH - 5, y2: y, ...lineAttrs(GREY, 1.4) }) +
      arrowHead({ x, y }, { x: x + SWATCH, y }, 6, GREY.color),
  };
}

function numberGroup(label: string): LegendGroup {
  return {
    title: 'Numbers',
    items: [{ key: 'number', label, swatch: (x: number, y: number) => badgeMarkup(1, x + SWATCH / 2, y, 4.6) }],
  };
}

/** The legend's markup and the height it takes. */
export function drawLegend(options: LegendOptions): { markup: string; height: number } {
  const { x, width } = options;
  const right = x + width;
  let cx = x;
  let cy = options.y + ROW / 2;
  const out: string[] = [];
  const text = (tx: number, label: string, size: number, extra: Record<string, string> = {}) =>
    tag('text', { x: tx, y: cy + size * 0.36, 'font-family': SHEET_FONT, 'font-size': size, fill: '#1f2328', ...extra }, escapeXml(label));
  const newRow = () => {
    cx = x;
    cy += ROW;
  };
  for (const group of legendItems(options)) {
    const title = group.title.toUpperCase();
    const titleWidth = textWidth(title, { size: TITLE_SIZE, bold: true });
    const firstWidth = SWATCH + 3 + textWidth(group.items[0]?.label ?? '', { size: LABEL_SIZE });
    if (cx > x && cx + titleWidth + 5 + firstWidth > right) newRow();
    out.push(text(cx, title, TITLE_SIZE, { 'font-weight': 'bold', fill: '#5f6670' }));
    cx += titleWidth + 5;
    for (const item of group.items) {
      const itemWidth = SWATCH + 3 + textWidth(item.label, { size: LABEL_SIZE });
      if (cx + itemWidth > right) newRow();
      out.push(tag('g', { 'data-legend': item.key }, item.swatch(cx, cy) + text(cx + SWATCH + 3, item.label, LABEL_SIZE)));
      cx += itemWidth + 8;
    }
    cx += 8;
  }
  return { markup: tag('g', { id: 'legend' }, out.join('')), height: cy + ROW / 2 - options.y };
}
