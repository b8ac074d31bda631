// "Add article": the header button and its dialog. The article is taken in and the machine's
// proposals come back (nothing written); the person reviews them; the commit writes the article to
// data/ and loads it, and the explorer shows it at once. Escape does not throw a review away.
import type { CommitResponse, VocabularyEntry } from '../../contract/index.ts';
import { ApiError, type ApiClient } from '../api/api-client.ts';
import { h } from '../ui/dom.ts';
import { createIngestStart, type IngestStart } from './ingest-start.ts';
import { createReviewScreen, type ReviewScreen } from './review-screen.ts';
import './ingest.css';

export interface AddArticleOptions {
  api: Pick<ApiClient, 'ingestStatus' | 'proposeArticle' | 'commitArticle' | 'vocabulary' | 'searchEntities'>;
  knownName: (id: string) => string;
  /** After a commit: the explorer reloads what it knows. */
  committed: (result: CommitResponse) => Promise<void>;
  /** Shows an article's claims in the graph. */
  showArticle: (articleId: string) => void;
}

type Step = 'start' | 'review' | 'done';

interface Flow {
  step: Step;
  vocabulary: VocabularyEntry[];
  maxBytes: number;
  articleId: string;
}

export function createAddArticle(options: AddArticleOptions): { button: HTMLButtonElement; open: () => void } {
  const { api } = options;
  const flow: Flow = { step: 'start', vocabulary: [], maxBytes: 2 * 1024 * 1024, articleId: '' };
  const start = createIngestStart({ onSubmit: () => void propose(), maxBytes: () => flow.maxBytes });
  const review = createReviewScreen({
    vocabulary: () => flow.vocabulary,
    knownName: options.knownName,
    searchEntities: (query) => api.searchEntities(query, 8).then((found) => found.entities),
    commit: () => void commit(),
    discard: () => show('start'),
  });
  const ui = buildDialog(start, review, {
    showArticle: () => (ui.dialog.close(), options.showArticle(flow.articleId)),
    another: () => (start.reset(), show('start')),
    close: () => requestClose(),
  });
  const button = h(
    'button',
    { class: 'button button-quiet', attrs: { type: 'button', id: 'add-article' }, on: { click: () => void open() } },
    'Add article',
  );

  function show(step: Step): void {
    flow.step = step;
    start.element.hidden = step !== 'start';
    review.element.hidden = step !== 'review';
    ui.done.hidden = step !== 'done';
    ui.title.textContent = step === 'review' ? `Review: ${review.review.article.title}` : 'Add article';
    if (step === 'start') start.focus();
    if (step === 'review') review.focus();
  }

  function requestClose(): void {
    if (flow.step !== 'review' || window.confirm('Close and throw this review away? Nothing of it has been written.')) ui.dialog.close();
  }
  ui.dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    requestClose();
  });

  async function open(): Promise<void> {
    if (!ui.dialog.open) ui.dialog.showModal();
    if (flow.step === 'done') start.reset();
    show(flow.step === 'review' ? 'review' : 'start');
    if (flow.vocabulary.length === 0) flow.vocabulary = await api.vocabulary();
  }

  async function propose(): Promise<void> {
    start.showError('');
    start.setBusy(true);
    try {
      const answer = await api.proposeArticle(await start.request());
      review.open(answer.text, answer.review);
      show('review');
    } catch (error) {
      start.showError(error instanceof Error ? error.message : String(error));
    } finally {
      start.setBusy(false);
    }
  }

  async function commit(): Promise<void> {
    review.setBusy(true);
    try {
      const result = await api.commitArticle({ text: review.text, review: review.review });
      flow.articleId = result.articleId;
      ui.doneMessage.textContent = doneText(review.review.article.title, result);
      show('done');
      await options.committed(result);
    } catch (error) {
      review.showRefusal(error instanceof Error ? error.message : String(error), error instanceof ApiError ? error.problems : []);
    } finally {
      review.setBusy(false);
    }
  }

  void api.ingestStatus().then(
    (status) => {
      flow.maxBytes = status.maxInputBytes;
      button.disabled = !status.enabled;
      if (status.reason) button.title = `Adding articles is off: ${status.reason}`;
    },
    () => {},
  );
  return { button, open: () => void open() };
}

function doneText(title: string, { articleId, claims, newEntities, merged }: CommitResponse): string {
  const onto = merged ? ', added onto the articles committed meanwhile' : '';
  return `Added “${title}” (${articleId}): ${claims} claims, ${newEntities} new entities${onto}. The graph holds them now.`;
}

function buildDialog(start: IngestStart, review: ReviewScreen, on: { showArticle: () => void; another: () => void; close: () => void }) {
  const button = (label: string, run: () => void, id?: string, quiet = false) =>
    h('button', { class: quiet ? 'button button-quiet' : 'button', attrs: { type: 'button', id }, on: { click: run } }, label);
  const doneMessage = h('p', { attrs: { id: 'ingest-done-message', role: 'status' } });
  const done = h(
    'div',
    { class: 'ingest-done', attrs: { id: 'ingest-done' } },
    doneMessage,
    h(
      'div',
      { class: 'ingest-actions' },
      button('Show its claims in the graph', on.showArticle, 'ingest-show'),
      button('Add another article', on.another, undefined, true),
    ),
  );
  const title = h('h2', { class: 'ingest-title' }, 'Add article');
  const dialog = h(
    'dialog',
    { class: 'ingest-dialog', attrs: { id: 'ingest-dialog', 'aria-label': 'Add article' } },
    h('header', { class: 'ingest-head' }, title, button('Close', on.close, 'ingest-close', true)),
    start.element,
    review.element,
    done,
  );
  document.body.append(dialog);
  return { dialog, title, done, doneMessage };
}
