// How one value of a console row reads in the table: nodes as (:Label {name: "…"}) chips,
// relationships as [:TYPE], paths as their steps, lists and maps as compact JSON, text as it is.
// Plain data out; the table puts `text` in with textContent only.
import type { ConsoleNode, ConsoleRelationship } from '../../contract/index.ts';

export type CellKind = 'node' | 'relationship' | 'path' | 'null' | 'string' | 'number' | 'boolean' | 'json';

export interface CellView {
  kind: CellKind;
  text: string;
  /** The entity kind of an entity node (for its chip's colour); null otherwise. */
  entityKind: string | null;
  /** The whole value, when `text` is shortened. */
  title: string | null;
}

export interface CellOptions {
  /** Longest text shown in a cell before it is cut with "…"; default 160. */
  maxChars?: number;
  /** Longest name shown inside a node chip; default 40. */
  maxNameChars?: number;
}

const DEFAULTS: Required<CellOptions> = { maxChars: 160, maxNameChars: 40 };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isConsoleNode(value: unknown): value is ConsoleNode {
  return (
    isRecord(value) &&
    typeof value.elementId === 'string' &&
    Array.isArray(value.labels) &&
    isRecord(value.properties) &&
    !('type' in value)
  );
}

export function isConsoleRelationship(value: unknown): value is ConsoleRelationship {
  return (
    isRecord(value) &&
    typeof value.elementId === 'string' &&
    typeof value.type === 'string' &&
    typeof value.startElementId === 'string' &&
    typeof value.endElementId === 'string' &&
    isRecord(value.properties)
  );
}

export function isConsolePath(value: unknown): value is { nodes: ConsoleNode[]; relationships: ConsoleRelationship[] } {
  return (
    isRecord(value) &&
    Object.keys(value).length === 2 &&
    Array.isArray(value.nodes) &&
    Array.isArray(value.relationships) &&
    value.nodes.length === value.relationships.length + 1 &&
    value.nodes.every(isConsoleNode) &&
    value.relationships.every(isConsoleRelationship)
  );
}

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, Math.max(max - 1, 1))}…` : text);

/** The property that names a node best: name, then title, then id; null when it has none. */
export function nodeName(node: ConsoleNode): { key: string; value: string } | null {
  for (const key of ['name', 'title', 'id']) {
    const value = node.properties[key];
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') return { key, value: String(value) };
  }
  return null;
}

export function entityKindOf(node: ConsoleNode): string | null {
  if (!node.labels.includes('Entity')) return null;
  const kind = node.properties.kind;
  return typeof kind === 'string' ? kind : (node.labels.find((label) => label !== 'Entity') ?? null);
}

export function nodeText(node: ConsoleNode, options: CellOptions = {}): string {
  const { maxNameChars } = { ...DEFAULTS, ...options };
  const labels = node.labels.map((label) => `:${label}`).join('');
  const name = nodeName(node);
  if (!name) return `(${labels})`;
  return `(${labels}${labels ? ' ' : ''}{${name.key}: ${JSON.stringify(cut(name.value, maxNameChars))}})`;
}

export function relationshipText(relationship: ConsoleRelationship): string {
  return `[:${relationship.type}]`;
}

/** Compact JSON, with nodes, relationships and paths inside written the way their cells are. */
function compact(value: unknown, options: CellOptions): string {
  if (isConsoleNode(value)) return nodeText(value, options);
  if (isConsoleRelationship(value)) return relationshipText(value);
  if (isConsolePath(value)) return pathText(value, options);
  if (Array.isArray(value)) return `[${value.map((item) => compact(item, options)).join(', ')}]`;
  if (isRecord(value))
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}: ${compact(item, options)}`)
      .join(', ')}}`;
  return JSON.stringify(value) ?? 'null';
}

function pathText(path: { nodes: ConsoleNode[]; relationships: ConsoleRelationship[] }, options: CellOptions): string {
  let text = nodeText(path.nodes[0]!, options);
  path.relationships.forEach((relationship, i) => {
    const next = path.nodes[i + 1]!;
    const forward = relationship.startElementId === path.nodes[i]!.elementId;
    text += forward
      ? `-${relationshipText(relationship)}->${nodeText(next, options)}`
      : `<-${relationshipText(relationship)}-${nodeText(next, options)}`;
  });
  return text;
}

export function formatCell(value: unknown, options: CellOptions = {}): CellView {
  const { maxChars } = { ...DEFAULTS, ...options };
  const view = (kind: CellKind, full: string, entityKind: string | null = null): CellView => {
    const text = cut(full, maxChars);
    return { kind, text, entityKind, title: text === full ? null : full };
  };
  if (value === null || value === undefined) return view('null', 'null');
  if (typeof value === 'string') return view('string', value);
  if (typeof value === 'number') return view('number', String(value));
  if (typeof value === 'boolean') return view('boolean', String(value));
  if (isConsoleNode(value)) return view('node', nodeText(value, options), entityKindOf(value));
  if (isConsoleRelationship(value)) return view('relationship', relationshipText(value));
  if (isConsolePath(value)) return view('path', pathText(value, options));
  return view('json', compact(value, options));
}

/** What a tapped result element holds, a line each: a node and its properties, or the relationships merged into an edge. */
export function elementSummary(
  source: ConsoleNode | readonly ConsoleRelationship[],
  options: CellOptions & { maxRelationships?: number } = {},
): string[] {
  const { maxChars, maxRelationships = 3 } = { ...DEFAULTS, ...options };
  if (!Array.isArray(source)) {
    const node = source as ConsoleNode;
    return [nodeText(node, options), cut(compact(node.properties, options), maxChars)];
  }
  const relationships = source as readonly ConsoleRelationship[];
  const types = [...new Set(relationships.map((relationship) => relationshipText(relationship)))].join(' ');
  const lines = relationships.slice(0, maxRelationships).map((relationship) => cut(compact(relationship.properties, options), maxChars));
  const more = relationships.length - maxRelationships;
  return [`${relationships.length} × ${types}`, ...lines, ...(more > 0 ? [`and ${more} more`] : [])];
}
