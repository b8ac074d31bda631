// "Add article", first step: the article from a file (.txt, .md, .html saved from a browser) or
// pasted, and what the person knows of it. Fields left empty stay unknown: nothing is guessed.
import type { IngestFormat, ProposeRequest } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';

const FORMAT_BY_EXTENSION: Record<string, IngestFormat> = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };
const METADATA = [
  ['title', 'Title', 'as the page prints it; read from an HTML page when left empty'],
  ['outlet', 'Outlet', 'e.g. Dawn, The Hindu'],
  ['author', 'Author', ''],
  ['published', 'Published', 'as the page prints it, e.g. April 7, 2021'],
  ['url', 'URL', 'https://…'],
] as const;

export interface IngestStart {
  element: HTMLElement;
  /** The request for the form as filled in; throws an Error with a message for the person. */
  request(): Promise<ProposeRequest>;
  setBusy(busy: boolean): void;
  showError(message: string): void;
  reset(): void;
  focus(): void;
}

export function createIngestStart({ onSubmit, maxBytes }: { onSubmit: () => void; maxBytes: () => number }): IngestStart {
  const file = h('input', { attrs: { type: 'file', id: 'ingest-file', accept: '.txt,.md,.markdown,.html,.htm' } });
  const pasted = h('textarea', {
    class: 'ingest-paste',
    attrs: { id: 'ingest-paste', rows: 10, placeholder: 'Or paste the article’s text here', spellcheck: false },
  });
  const fields = Object.fromEntries(
    METADATA.map(([name, , hint]) => [
      name,
      h('input', {
        class: 'search-input',
        attrs: { id: `ingest-${name}`, type: name === 'url' ? 'url' : 'text', placeholder: hint, maxlength: 2000 },
      }),
    ]),
  ) as Record<(typeof METADATA)[number][0], HTMLInputElement>;
  const error = h('p', { class: 'ingest-error', attrs: { id: 'ingest-start-error', role: 'alert', hidden: true } });
  const submit = h('button', { class: 'button', attrs: { type: 'submit', id: 'ingest-propose' } }, 'Propose claims');
  const form = h(
    'form',
    { class: 'ingest-start', attrs: { id: 'ingest-start' } },
    h('label', { class: 'field-label', attrs: { for: 'ingest-file' } }, 'Article file (.txt, .md, .html)'),
    file,
    pasted,
    h(
      'div',
      { class: 'ingest-metadata' },
      ...METADATA.flatMap(([name, label]) => [h('label', { class: 'field-label', attrs: { for: `ingest-${name}` } }, label), fields[name]]),
    ),
    error,
    h('div', { class: 'ingest-actions' }, submit, h('span', { class: 'muted' }, 'Nothing is written until you commit the review.')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  file.addEventListener('change', () => {
    if (file.files?.length) pasted.value = '';
  });

  async function source(): Promise<Pick<ProposeRequest, 'input' | 'format' | 'content'>> {
    const chosen = file.files?.[0];
    if (chosen === undefined) {
      if (pasted.value.trim() === '') throw new Error('Choose a file or paste the article’s text.');
      return { input: 'pasted text', format: 'text', content: pasted.value };
    }
    const format = FORMAT_BY_EXTENSION[chosen.name.split('.').pop()?.toLowerCase() ?? ''];
    if (format === undefined) throw new Error(`${chosen.name}: only .txt, .md and .html files are taken in.`);
    if (chosen.size > maxBytes())
      throw new Error(`${chosen.name} is ${(chosen.size / 1024 / 1024).toFixed(1)} MB: the most taken in is 2 MB.`);
    try {
      // Fatal: a file in another encoding is named, not read into replacement characters.
      return { input: chosen.name, format, content: new TextDecoder('utf-8', { fatal: true }).decode(await chosen.arrayBuffer()) };
    } catch {
      throw new Error(`${chosen.name} is not UTF-8 text: save it as UTF-8 and try again.`);
    }
  }

  return {
    element: form,
    async request() {
      const metadata = Object.fromEntries(METADATA.map(([name]) => [name, fields[name].value.trim() || null]));
      return { ...(await source()), metadata };
    },
    setBusy(busy) {
      submit.disabled = busy;
      submit.textContent = busy ? 'Reading the article…' : 'Propose claims';
    },
    showError(message) {
      error.textContent = message;
      error.hidden = message === '';
    },
    reset() {
      form.reset();
      error.hidden = true;
    },
    focus: () => pasted.focus(),
  };
}
