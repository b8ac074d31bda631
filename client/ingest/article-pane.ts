// The article's kept text in the review: mentions highlighted, the selected claim's passage
// marked, and a selection the person makes read back as offsets into the text (to widen or
// narrow a quote, or to add a claim the machine missed). Text goes in as text nodes only.
import type { TextSpan } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';
import { runsOf, type Mark } from './text-marks.ts';

export interface ArticlePane {
  element: HTMLElement;
  show(text: string, marks: readonly Mark[]): void;
  /** The passage selected in the text, without white space at its ends; null when none is. */
  selection(): TextSpan | null;
  /** Brings the run holding this offset into view. */
  reveal(offset: number): void;
}

export function createArticlePane(): ArticlePane {
  const body = h('div', { class: 'ingest-text', attrs: { id: 'ingest-text', tabindex: 0, 'aria-label': 'Article text' } });
  let text = '';

  /** The offset in the text of a point of a DOM range. */
  function offsetAt(node: Node, offset: number): number | null {
    const run = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-start]');
    if (run && body.contains(run)) return Number(run.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
    if (node === body) {
      const child = body.childNodes[offset] as HTMLElement | undefined;
      return child ? Number(child.dataset.start) : text.length;
    }
    return null;
  }

  return {
    element: body,
    show(nextText, marks) {
      text = nextText;
      body.replaceChildren(
        ...runsOf(text.length, marks).map(({ start, end, classes }) =>
          h('span', { class: classes.join(' '), dataset: { start: String(start) } }, text.slice(start, end)),
        ),
      );
    },
    selection() {
      const selected = window.getSelection();
      if (!selected || selected.rangeCount === 0 || selected.isCollapsed) return null;
      const range = selected.getRangeAt(0);
      let start = offsetAt(range.startContainer, range.startOffset);
      let end = offsetAt(range.endContainer, range.endOffset);
      if (start === null || end === null) return null;
      while (start < end && /\s/.test(text[start]!)) start += 1;
      while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
      return end > start ? [start, end] : null;
    },
    reveal(offset) {
      const runs = Array.from(body.children) as HTMLElement[];
      const run = runs.findLast((candidate) => Number(candidate.dataset.start) <= offset);
      run?.scrollIntoView({ block: 'center' });
    },
  };
}
