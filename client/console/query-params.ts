// What a run sends, decided from the editor's text: a saved query left as it was runs by name
// (POST /api/queries/:name/run, its parameters as declared text); edited or own Cypher runs as
// Cypher (POST /api/cypher) with the $parameters its text uses.
import type { SavedQuery } from '../../contract/index.ts';

export type RunPlan =
  { via: 'saved'; name: string; params: Record<string, string> } | { via: 'cypher'; query: string; params: Record<string, unknown> };

export interface ParamField {
  name: string;
  /** Shown when the input is empty, and the starting value for a saved query. */
  default: string;
  description: string;
}

/**
 * The $parameters a query uses, in order of first use, once each. `$name` inside strings,
 * comments and `backtick` names does not count.
 */
export function paramNames(cypher: string): string[] {
  const names: string[] = [];
  let i = 0;
  while (i < cypher.length) {
    const ch = cypher[i]!;
    const next = cypher[i + 1];
    if (ch === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      i = end === -1 ? cypher.length : end;
    } else if (ch === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end === -1 ? cypher.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(cypher, i);
    } else if (ch === '$') {
      const match = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+)/.exec(cypher.slice(i + 1, i + 200));
      if (match && !names.includes(match[0])) names.push(match[0]);
      i += 1 + (match?.[0].length ?? 0);
    } else i += 1;
  }
  return names;
}

/** The index just past a quoted string or name starting at `start`; backslash escapes in strings. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) {
      // `` inside a backtick name is an escaped backtick.
      if (quote === '`' && text[i + 1] === '`') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

/** The editor's text is the saved query's Cypher, give or take surrounding blank space. */
export function isSavedText(text: string, saved: SavedQuery | null): boolean {
  return saved !== null && text.trim() === saved.cypher.trim();
}

/** The saved query whose Cypher the text is, if any (a link or a revert brings one back). */
export function savedQueryFor(text: string, queries: readonly SavedQuery[]): SavedQuery | null {
  return queries.find((query) => isSavedText(text, query)) ?? null;
}

/** The inputs to show: a saved query's declared parameters, or those the text uses. */
export function paramFields(text: string, saved: SavedQuery | null): ParamField[] {
  if (saved && isSavedText(text, saved))
    return saved.params.map(({ name, default: value, description }) => ({ name, default: value, description }));
  return paramNames(text).map((name) => {
    const declared = saved?.params.find((param) => param.name === name);
    return { name, default: declared?.default ?? '', description: declared?.description ?? '' };
  });
}

/**
 * A value typed for own Cypher: read as JSON when it is a JSON number, boolean, null, list, map
 * or "quoted string" (so LIMIT $n gets a number), as plain text otherwise.
 */
export function parseParamValue(text: string): unknown {
  const trimmed = text.trim();
  if (/^(?:-?\d|true$|false$|null$|[[{"])/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export interface RunInput {
  /** The editor's text. */
  text: string;
  /** The saved query last picked (or recognised from the text); null for own Cypher. */
  saved: SavedQuery | null;
  /** Values typed into the parameter inputs, by name. */
  values: Record<string, string>;
}

export function planRun({ text, saved, values }: RunInput): RunPlan {
  const fields = paramFields(text, saved);
  const valueOf = (field: ParamField) => values[field.name] ?? field.default;
  if (saved && isSavedText(text, saved)) {
    return { via: 'saved', name: saved.name, params: Object.fromEntries(fields.map((field) => [field.name, valueOf(field)])) };
  }
  return { via: 'cypher', query: text, params: Object.fromEntries(fields.map((field) => [field.name, parseParamValue(valueOf(field))])) };
}

/** The values worth keeping in the URL: those of the parameters the text uses. */
export function usedValues(input: RunInput): Record<string, string> {
  return Object.fromEntries(paramFields(input.text, input.saved).map((field) => [field.name, input.values[field.name] ?? field.default]));
}
