// A saved web page reduced to its article's text: Firefox Reader View's Readability over a
// linkedom DOM. Nothing on the page runs (linkedom executes no script; scripts, styles and
// templates are removed before Readability sees the page), and the output is plain text, one
// paragraph per block, paragraphs separated by a blank line.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  text: string;
  /** What Readability read as the title and the byline; null where it found none. */
  title: string | null;
  byline: string | null;
}

/** Never part of an article's text, whatever Readability keeps. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas';

/** Elements that start and end a paragraph of the output. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Link lines to other articles: "Read more: …", "Also read …", "Related: …" are not the article. */
const TEASER = /^(?:read more|also read|read also|see also|related)\b/i;

/**
 * Fewer words than this is not an article: Readability then falls back on whatever the page has
 * (a menu, a cookie notice), which no one would want quoted as the article.
 */
const MIN_ARTICLE_WORDS = 20;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Null when Readability finds no article in the page, or only a few words of one. */
export function articleFromHtml(html: string): HtmlArticle | null {
  // A fragment (no <html> element: paragraphs pasted, or plain text) is given the page around it:
  // linkedom makes no document element for it, and Readability needs one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const element of Array.from(document.querySelectorAll(NEVER_TEXT))) element.remove();
  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const content = parsed?.content;
  if (content == null) return null;
  const text = blockTexts(content)
    .filter((block) => !TEASER.test(block))
    .join('\n\n');
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) return null;
  return { text, title: nonEmpty(parsed?.title), byline: nonEmpty(parsed?.byline) };
}

/** The text of each block, whitespace collapsed as a browser renders it, line breaks (<br>) kept. */
function blockTexts(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    if (block !== '') blocks.push(block);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      // HTML collapses ASCII white space only: a no-break space is text and stays.
      current += (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName.toLowerCase();
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
