// Everything that defines a view, and its URL form: a link reproduces the view, and the browser's
// back/forward walk through views. Input from the URL is untrusted: unknown values are dropped.
import { ENTITY_KINDS, POLARITIES, type EntityKind, type Polarity } from '../../contract/index.ts';
import { LINE_MODES, type LineMode } from '../graph/graph-elements.ts';
import { DEFAULT_COMPARE, readCompare, writeCompare, type CompareView } from './compare-view.ts';
import { DEFAULT_CONSOLE, readConsole, writeConsole, type ConsoleView } from './console-view.ts';
import { DEFAULT_DATE_RANGE, hasDateRange, readDateRange, writeDateRange, type DateRangeView } from './date-range.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

/** How nodes are filled: by entity kind (default) or by alignment bloc (/api/analysis/blocs). */
export const COLOR_MODES = ['kind', 'bloc'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** An entity the user dragged into place: it stays there through layouts (model coordinates). */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** Three distinct entity ids, ascending: a triad of the structural-balance analysis. */
export type TriadIds = [string, string, string];

/** The date range (dateFrom, dateTo, undated) is date-range.ts's. */
export interface ViewState extends DateRangeView {
  polarity: Polarity[];
  /** Relationship types (UPPER_SNAKE). */
  type: string[];
  kind: EntityKind[];
  /** Article ids. */
  article: string[];
  /** Speaker entity ids (a claim's statedBy). */
  statedBy: string[];
  /** The entity whose neighbourhood is shown; null: the whole graph. */
  focus: string | null;
  depth: 1 | 2 | 3;
  /** Only edges backed by at least this many distinct articles. */
  minArticles: number;
  /** Historical claims count in the verdicts (lines, cards, paths, analyses); default false. */
  historical: boolean;
  /** The Alignments panel's minimum evidence: pairs stated by fewer distinct articles are left out of balance and blocs. */
  alignMinArticles: number;
  selection: Selection | null;
  pathFrom: string | null;
  pathTo: string | null;
  maxHops: 1 | 2 | 3 | 4;
  /** Node fill: entity kind or alignment bloc. */
  colorBy: ColorMode;
  /** The triad highlighted from the Alignments panel; null: none. */
  triad: TriadIds | null;
  /** One line per pair (default) or per relationship type. */
  lines: LineMode;
  /** Dragged entities and where they were dropped, ascending by id. */
  pins: Pin[];
  /** The Cypher console: drawer open, query text and parameters (console-view.ts). */
  console: ConsoleView;
  /** Compare mode: on or off, and each side's own filters (compare-view.ts). */
  compare: CompareView;
}

export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  polarity: [],
  type: [],
  kind: [],
  article: [],
  statedBy: [],
  focus: null,
  depth: 1,
  minArticles: 1,
  historical: false,
  alignMinArticles: 1,
  selection: null,
  pathFrom: null,
  pathTo: null,
  maxHops: 3,
  colorBy: 'kind',
  triad: null,
  lines: 'pairs',
  pins: [],
  console: DEFAULT_CONSOLE,
  ...DEFAULT_DATE_RANGE,
  compare: DEFAULT_COMPARE,
});

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPE = /^[A-Z]+(?:_[A-Z]+)*$/;
/** A relationship (`source|TYPE|target`) or a pair (`a|b`). */
const EDGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\|(?:[A-Z]+(?:_[A-Z]+)*\|)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PIN = /^([a-z0-9]+(?:-[a-z0-9]+)*):(-?\d{1,7}):(-?\d{1,7})$/;

export const isSlug = (value: string): boolean => SLUG.test(value);

/** URL parameter names; short where the value is long. */
const KEYS = {
  polarity: 'polarity',
  type: 'type',
  kind: 'kind',
  article: 'article',
  statedBy: 'speaker',
  focus: 'focus',
  depth: 'depth',
  minArticles: 'minArticles',
  historical: 'historical',
  alignMinArticles: 'alignMin',
  selection: 'sel',
  pathFrom: 'from',
  pathTo: 'to',
  maxHops: 'hops',
  colorBy: 'color',
  triad: 'triad',
  lines: 'lines',
  pins: 'pins',
} as const;

const uniqueSorted = <T extends string>(values: readonly T[]): T[] => [...new Set(values)].sort();

/** One canonical form per view (lists sorted, no duplicates), so equal views have equal URLs. */
export function normalizeView(state: ViewState): ViewState {
  return {
    ...state,
    polarity: uniqueSorted(state.polarity),
    type: uniqueSorted(state.type),
    kind: uniqueSorted(state.kind),
    article: uniqueSorted(state.article),
    statedBy: uniqueSorted(state.statedBy),
    triad: normalizeTriad(state.triad),
    pins: normalizePins(state.pins),
  };
}

/** Whole model px, one pin per entity (the last given wins), ascending by id. */
export function normalizePins(pins: readonly Pin[]): Pin[] {
  const byId = new Map(pins.map((pin) => [pin.id, { id: pin.id, x: Math.round(pin.x), y: Math.round(pin.y) }]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Ids sorted; anything but three distinct slugs is no triad. */
export function normalizeTriad(triad: readonly string[] | null): TriadIds | null {
  if (!triad) return null;
  const ids = uniqueSorted(triad);
  return ids.length === 3 && ids.every(isSlug) ? (ids as TriadIds) : null;
}

/**
 * The next view after a user action. A triad and a selected element take turns: picking a triad
 * clears the selection, selecting an element ends the triad's highlight (unless the patch sets both).
 */
export function applyPatch(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...state, ...patch };
  if (patch.triad && !('selection' in patch)) next.selection = null;
  if (patch.selection && !('triad' in patch)) next.triad = null;
  return normalizeView(next);
}

export function toSearchParams(input: ViewState): URLSearchParams {
  const state = normalizeView(input);
  const params = new URLSearchParams();
  const list = (key: string, values: readonly string[]) => values.length > 0 && params.set(key, values.join(','));
  list(KEYS.polarity, state.polarity);
  list(KEYS.type, state.type);
  list(KEYS.kind, state.kind);
  list(KEYS.article, state.article);
  list(KEYS.statedBy, state.statedBy);
  if (state.focus) params.set(KEYS.focus, state.focus);
  if (state.focus && state.depth !== DEFAULT_VIEW.depth) params.set(KEYS.depth, String(state.depth));
  if (state.minArticles !== DEFAULT_VIEW.minArticles) params.set(KEYS.minArticles, String(state.minArticles));
  if (state.historical) params.set(KEYS.historical, 'true');
  if (state.alignMinArticles !== DEFAULT_VIEW.alignMinArticles) params.set(KEYS.alignMinArticles, String(state.alignMinArticles));
  if (state.selection) params.set(KEYS.selection, `${state.selection.kind}:${state.selection.id}`);
  if (state.pathFrom) params.set(KEYS.pathFrom, state.pathFrom);
  if (state.pathTo) params.set(KEYS.pathTo, state.pathTo);
  if ((state.pathFrom || state.pathTo) && state.maxHops !== DEFAULT_VIEW.maxHops) params.set(KEYS.maxHops, String(state.maxHops));
  if (state.colorBy !== DEFAULT_VIEW.colorBy) params.set(KEYS.colorBy, state.colorBy);
  if (state.triad) params.set(KEYS.triad, state.triad.join(','));
  if (state.lines !== DEFAULT_VIEW.lines) params.set(KEYS.lines, state.lines);
  list(
    KEYS.pins,
    state.pins.map((pin) => `${pin.id}:${pin.x}:${pin.y}`),
  );
  writeConsole(params, state.console);
  writeDateRange(params, state);
  writeCompare(params, state.compare);
  return params;
}

export function fromSearchParams(params: URLSearchParams): ViewState {
  const list = (key: string) =>
    params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  const oneOf =
    <T extends string>(allowed: readonly T[]) =>
    (value: string): value is T =>
      (allowed as readonly string[]).includes(value);
  const slug = (key: string) => {
    const value = params.get(key);
    return value && SLUG.test(value) ? value : null;
  };
  const int = <T extends number>(key: string, min: number, max: number, fallback: T): T => {
    const value = Number(params.get(key));
    return (Number.isInteger(value) && value >= min && value <= max ? value : fallback) as T;
  };
  const colorBy = params.get(KEYS.colorBy);
  const lines = params.get(KEYS.lines);

  return normalizeView({
    polarity: list(KEYS.polarity).filter(oneOf(POLARITIES)),
    type: list(KEYS.type).filter((value) => TYPE.test(value)),
    kind: list(KEYS.kind).filter(oneOf(ENTITY_KINDS)),
    article: list(KEYS.article).filter(isSlug),
    statedBy: list(KEYS.statedBy).filter(isSlug),
    focus: slug(KEYS.focus),
    depth: int(KEYS.depth, 1, 3, DEFAULT_VIEW.depth),
    minArticles: int(KEYS.minArticles, 1, 1000, DEFAULT_VIEW.minArticles),
    historical: params.get(KEYS.historical) === 'true',
    alignMinArticles: int(KEYS.alignMinArticles, 1, 1000, DEFAULT_VIEW.alignMinArticles),
    selection: parseSelection(params.get(KEYS.selection)),
    pathFrom: slug(KEYS.pathFrom),
    pathTo: slug(KEYS.pathTo),
    maxHops: int(KEYS.maxHops, 1, 4, DEFAULT_VIEW.maxHops),
    colorBy: colorBy !== null && oneOf(COLOR_MODES)(colorBy) ? colorBy : DEFAULT_VIEW.colorBy,
    triad: normalizeTriad(params.has(KEYS.triad) ? list(KEYS.triad) : null),
    lines: lines !== null && oneOf(LINE_MODES)(lines) ? lines : DEFAULT_VIEW.lines,
    pins: list(KEYS.pins).flatMap(parsePin),
    console: readConsole(params),
    ...readDateRange(params),
    compare: readCompare(params),
  });
}

function parsePin(value: string): Pin[] {
  const match = PIN.exec(value);
  return match ? [{ id: match[1]!, x: Number(match[2]), y: Number(match[3]) }] : [];
}

function parseSelection(value: string | null): Selection | null {
  const match = value ? /^(node|edge):(.+)$/.exec(value) : null;
  if (!match) return null;
  const [, kind, id] = match as unknown as [string, 'node' | 'edge', string];
  if (kind === 'node' && SLUG.test(id)) return { kind, id };
  if (kind === 'edge' && EDGE_ID.test(id)) return { kind, id };
  return null;
}

/** Clears every filter (polarity, type, kind, article, speaker, min articles, date range); keeps the rest. */
export function withoutFilters(state: ViewState): ViewState {
  const { polarity, type, kind, article, statedBy, minArticles } = DEFAULT_VIEW;
  return { ...state, polarity, type, kind, article, statedBy, minArticles, ...DEFAULT_DATE_RANGE };
}

export function hasFilters(state: ViewState): boolean {
  return (
    state.polarity.length + state.type.length + state.kind.length + state.article.length + state.statedBy.length > 0 ||
    state.minArticles !== DEFAULT_VIEW.minArticles ||
    hasDateRange(state)
  );
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}
