import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.ts';

describe('safe links', () => {
  it('when a URL is http(s), then it is kept', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it('when a URL is anything else, then there is no link', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://example.org',
      '/relative',
      '',
      null,
      undefined,
    ])
      expect(safeHttpUrl(url)).toBeNull();
  });
});
