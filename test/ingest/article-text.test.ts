// Taking an article in: a saved page reduced to the article's text, and every input that is not
// an article's text refused with a code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleTextError, articleTextFromString, MAX_INPUT_BYTES, readArticleFile } from '../../server/ingest/article-text.ts';

const PAGE = `<!doctype html><html><head><title>Lavrov visits Pakistan | Example News</title>
<style>body { color: red }</style><script>window.leak = "SCRIPT CONTENT";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<div class="ad-banner advertisement">Buy now! Advertisement</div>
<article><h1>Lavrov visits Pakistan</h1>
<p>Russia’s foreign minister Sergey Lavrov arrived in Islamabad on Tuesday — the first such visit in nine years. Pakistan and Russia agreed to cooperate on energy, officials said.</p>
<script>document.write("INLINE SCRIPT")</script>
<p>India watched the visit warily, and analysts said “New Delhi will not be pleased” with the closer ties between Moscow and Islamabad, which have long been rivals of India.</p>
<p><a href="/more">Read more: Pakistan’s economy in 2021</a></p>
<p>Qureshi said the two countries would hold further talks next year on trade, defence and regional security,<br>including the peace process in Afghanistan.</p>
</article>
<section id="comments" class="comments"><h3>Comments (2)</h3><div class="comment"><p>Great article! Visit my site for cheap watches, the best prices anywhere in the world today.</p></div></section>
<footer>© 2021 Example News</footer></body></html>`;

describe('article text', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'entente-article-text-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string | Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const codeOf = (read: () => unknown): string | undefined => {
    try {
      read();
    } catch (error) {
      if (error instanceof ArticleTextError) return error.code;
      throw error;
    }
    return undefined;
  };

  it('when a saved page is taken in, then only the article text is kept, in paragraphs', () => {
    const taken = readArticleFile(write('page.html', PAGE));

    expect(taken.format).toBe('html');
    expect(taken.title).toBe('Lavrov visits Pakistan | Example News');
    const paragraphs = taken.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Russia’s foreign minister Sergey Lavrov arrived in Islamabad on Tuesday — the first/);
    expect(paragraphs[1]).toContain('analysts said “New Delhi will not be pleased”');
    expect(paragraphs[2]).toBe(
      'Qureshi said the two countries would hold further talks next year on trade, defence and regional security,\nincluding the peace process in Afghanistan.',
    );
    for (const notArticle of ['SCRIPT', 'color: red', 'Home', 'Advertisement', 'Read more', 'Comments', 'cheap watches', '©', '<']) {
      expect(taken.text).not.toContain(notArticle);
    }
  });

  it('when HTML without an <html> element is taken in (pasted paragraphs, or plain text), then its text is kept', () => {
    const sentence =
      'Officials of the two countries said on Tuesday that talks on trade, energy and a railway line had made good progress.';

    expect(articleTextFromString(`<p>${sentence}</p><p>${sentence}</p>`, { input: 'pasted', format: 'html' }).text).toBe(
      `${sentence}\n\n${sentence}`,
    );
    expect(articleTextFromString(`${sentence} ${sentence}`, { input: 'pasted', format: 'html' }).text).toBe(`${sentence} ${sentence}`);
  });

  it('when Markdown or CRLF text is taken in, then markup goes and line endings become \\n', () => {
    const markdown = articleTextFromString('# Title\r\n\r\nThe **Kremlin** said _Moscow_ backs [Pakistan](https://x.org) — “fully”.\r\n', {
      input: 'a.md',
      format: 'markdown',
    });
    const text = articleTextFromString('Line one\r\nLine two\rLine three', { input: 'a.txt', format: 'text' });

    expect(markdown.text).toBe('Title\n\nThe Kremlin said Moscow backs Pakistan — “fully”.');
    expect(text.text).toBe('Line one\nLine two\nLine three');
  });

  it('when the input is empty, binary, not UTF-8, too large or of another type, then it is refused with its code', () => {
    expect(codeOf(() => readArticleFile(write('empty.txt', '')))).toBe('empty');
    expect(codeOf(() => readArticleFile(write('blank.txt', ' \n\t\n')))).toBe('empty');
    expect(codeOf(() => readArticleFile(write('nul.txt', Uint8Array.from([0x41, 0x00, 0x42]))))).toBe('binary');
    expect(codeOf(() => readArticleFile(write('controls.txt', `text${'\u0001\u0002\u0003'.repeat(10)}`)))).toBe('binary');
    expect(codeOf(() => readArticleFile(write('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))))).toBe('not_utf8');
    expect(codeOf(() => readArticleFile(write('big.txt', 'a'.repeat(MAX_INPUT_BYTES + 1))))).toBe('too_large');
    expect(codeOf(() => readArticleFile(write('doc.pdf', 'text')))).toBe('unsupported_type');
    expect(codeOf(() => readArticleFile(path.join(dir, 'absent.txt')))).toBe('unreadable');
    expect(codeOf(() => readArticleFile(write('nothing.html', '<html><body><script>x()</script></body></html>')))).toMatch(
      /^(empty|no_article)$/,
    );
  });

  it('when an input is refused, then the error names the file', () => {
    const file = write('empty.txt', '');

    expect(() => readArticleFile(file)).toThrow(file);
  });
});
