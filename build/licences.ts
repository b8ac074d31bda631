// What the browser bundle may contain: packages under permissive licences only, so the bundle can
// ship under the project's MIT licence. Read by vite.config.ts at every client build.

/** SPDX identifiers of the permissive licences the bundle accepts. */
export const PERMISSIVE_LICENCES: ReadonlySet<string> = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Zlib',
]);

/**
 * True when a package's licence expression offers permissive terms: `A OR B` needs one permissive
 * alternative, `A AND B` needs every part permissive. Anything else (GPL, LGPL, AGPL, MPL alone, a
 * missing or unknown licence) is refused. Parentheses are read as grouping one level deep, which
 * is what npm packages write ("(MPL-2.0 OR Apache-2.0)", "(MIT AND Zlib)").
 */
export function isPermissiveLicence(expression: string | null | undefined): boolean {
  if (!expression) return false;
  const alternatives = expression.replace(/[()]/g, ' ').split(/\s+OR\s+/);
  return alternatives.some((alternative) =>
    alternative
      .trim()
      .split(/\s+AND\s+/)
      .every((part) => PERMISSIVE_LICENCES.has(part.trim())),
  );
}
