// The Cypher console's part of the view and its URL form: whether the drawer is open (console=1),
// the query text (q=) and its parameter values (p.<name>=), so a link reopens the console with
// the same query. Input from the URL is untrusted: anything malformed or oversized is dropped.

export interface ConsoleView {
  /** The console drawer is open. */
  open: boolean;
  /** The query text last run (or opened from a link); '' for none. */
  query: string;
  /** Parameter values as typed, by name (without the $). */
  params: Record<string, string>;
}

export const DEFAULT_CONSOLE: Readonly<ConsoleView> = Object.freeze({
  open: false,
  query: '',
  params: Object.freeze({}) as Record<string, string>,
});

/** The server's own limit on a console query. */
export const MAX_QUERY_CHARS = 20_000;
/** Longest parameter value kept in a URL, and most parameters. */
export const MAX_PARAM_CHARS = 2_000;
export const MAX_PARAMS = 40;

const KEYS = { open: 'console', query: 'q', paramPrefix: 'p.' } as const;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export const isParamName = (name: string): boolean => PARAM_NAME.test(name);

/** Adds the console's parameters to a view's URL parameters (nothing when closed and empty). */
export function writeConsole(params: URLSearchParams, view: ConsoleView): void {
  if (view.open) params.set(KEYS.open, '1');
  if (view.query.trim() === '' || view.query.length > MAX_QUERY_CHARS) return;
  params.set(KEYS.query, view.query);
  const names = Object.keys(view.params).filter((name) => isParamName(name) && view.params[name]!.length <= MAX_PARAM_CHARS);
  for (const name of names.sort().slice(0, MAX_PARAMS)) params.set(`${KEYS.paramPrefix}${name}`, view.params[name]!);
}

export function readConsole(params: URLSearchParams): ConsoleView {
  const query = params.get(KEYS.query) ?? '';
  const kept = query.trim() !== '' && query.length <= MAX_QUERY_CHARS ? query : '';
  const values: Record<string, string> = {};
  if (kept) {
    for (const [key, value] of params) {
      if (!key.startsWith(KEYS.paramPrefix)) continue;
      const name = key.slice(KEYS.paramPrefix.length);
      if (isParamName(name) && value.length <= MAX_PARAM_CHARS && Object.keys(values).length < MAX_PARAMS) values[name] = value;
    }
  }
  return { open: params.get(KEYS.open) === '1', query: kept, params: values };
}

export function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}
