import { describe, expect, it } from 'vitest';
import { escapeXml, num, safeColor, tag } from './xml.ts';

describe('XML escaping', () => {
  it('when text holds markup characters, then each is escaped', () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;');
  });

  it('when text holds characters XML forbids, then they are dropped and the rest kept', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne\uFFFF')).toBe('abc\td\ne');
    expect(escapeXml('lone \uD800 surrogate, pair \uD83C\uDF0D kept')).toBe('lone  surrogate, pair \uD83C\uDF0D kept');
  });

  it('when text is already escaped, then it is escaped again (no entity passes through raw)', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('when curly quotes and dashes are given, then they pass unchanged', () => {
    expect(escapeXml('“Russia’s – role”')).toBe('“Russia’s – role”');
  });

  it('when a colour is not a plain colour value, then the fallback replaces it', () => {
    expect(safeColor('rgb(153,221,255)')).toBe('rgb(153,221,255)');
    expect(safeColor('#0072B2')).toBe('#0072B2');
    expect(safeColor('red" onload="x')).toBe('#000000');
    expect(safeColor('url(#x)', '#fff')).toBe('#fff');
  });

  it('when an element is built, then attribute values are escaped and numbers rounded', () => {
    expect(tag('text', { x: 1.23456, title: 'a"b', skip: undefined }, escapeXml('<b>'))).toBe(
      '<text x="1.23" title="a&quot;b">&lt;b&gt;</text>',
    );
    expect(tag('rect', { width: Number.NaN })).toBe('<rect width="0"/>');
    expect(num(-0.004)).toBe('0');
  });
});
