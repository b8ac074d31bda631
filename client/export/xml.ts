// XML text for SVG documents built as strings: every piece of untrusted text (titles typed by the
// user, names, quotes, article titles from the data) goes through escapeXml, and every colour
// taken from the page through safeColor, so nothing from the data can open a tag or an attribute.

/** Characters XML 1.0 forbids outright (C0 controls other than tab, newline, return; lone surrogates; U+FFFE/U+FFFF). */
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching the C0 controls XML 1.0 forbids is the point: they are stripped from text.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const COLOR = /^(#[0-9a-f]{3,8}|rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(,\s*[\d.]+%?\s*)?\)|none|transparent)$/i;

/** A colour as the page reports it (#hex, rgb(), rgba()); anything else becomes the fallback. */
export function safeColor(value: string | null | undefined, fallback = '#000000'): string {
  const trimmed = (value ?? '').trim();
  return COLOR.test(trimmed) ? trimmed : fallback;
}

/** A number for an SVG attribute: rounded to 2 decimals, never NaN or Infinity. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 100) / 100);
}

/** An element with attributes (values escaped) and optional raw, already-escaped content. */
export function tag(name: string, attrs: Record<string, string | number | undefined>, content?: string): string {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
  return content === undefined ? `<${name}${list}/>` : `<${name}${list}>${content}</${name}>`;
}
