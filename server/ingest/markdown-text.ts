// Markdown reduced to its text, minimally: heading marks, emphasis marks, images and links go
// (a link keeps its text), everything else — lists, quotes, line breaks — stays as written.
// The result is the article's kept text, so quotes are taken from it, not from the Markdown.

const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\([^)]*\)/g;
/** `**x**`, `__x__`, `*x*`, `_x_` around words; an underscore inside a word (snake_case) stays. */
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const EMPHASIS_STAR = /\*(?=\S)([^*\n]*?\S)\*/g;
const EMPHASIS_UNDERSCORE = /(^|[^\w])_(?=\S)([^_\n]*?\S)_(?![\w])/g;

export function markdownToText(markdown: string): string {
  return markdown
    .replace(HEADING, '$1')
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1$2');
}
