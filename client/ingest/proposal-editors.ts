// The edit forms of the review queue: a claim's entities, type, polarity, speaker, date and
// passage; a new entity's name, kind, aliases and description, or the known entity it merges
// into. Enter saves, Escape cancels; entity fields take an id (or a new entity's name), with the
// article's entities offered.
import { ENTITY_KINDS, POLARITIES, type ReviewClaim, type ReviewEntity, type VocabularyEntry } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';

export interface EditorContext {
  vocabulary: readonly VocabularyEntry[];
  /** The datalist of entity ids (labelled by name) the fields offer. */
  entityList: string;
  /** Fills that list with the known entities matching what is typed. */
  suggest: (query: string) => void;
  save(patch: Partial<ReviewClaim> | Partial<ReviewEntity>): void;
  cancel(): void;
}

const field = (label: string, control: HTMLElement) =>
  h('label', { class: 'ingest-field' }, h('span', { class: 'field-label' }, label), control);
const text = (id: string, value: string, list?: string) =>
  h('input', { class: 'search-input', attrs: { id, type: 'text', value, list, autocomplete: 'off', spellcheck: false } });
const select = (id: string, options: readonly string[], value: string) => {
  const element = h('select', { attrs: { id } }, ...options.map((option) => h('option', { attrs: { value: option } }, option)));
  element.value = value;
  return element;
};

function editorForm(
  context: EditorContext,
  controls: HTMLElement[],
  patch: () => Partial<ReviewClaim> | Partial<ReviewEntity>,
): HTMLFormElement {
  const form = h(
    'form',
    { class: 'ingest-editor', attrs: { 'aria-label': 'Edit the proposal' } },
    ...controls,
    h(
      'div',
      { class: 'ingest-actions' },
      h('button', { class: 'button', attrs: { type: 'submit' } }, 'Save (Enter)'),
      h('button', { class: 'button button-quiet', attrs: { type: 'button' }, on: { click: () => context.cancel() } }, 'Cancel (Esc)'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    context.save(patch());
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    context.cancel();
  });
  return form;
}

/** A field taking an entity id, with the article's entities and the known ones matching what is typed offered. */
function entityField(id: string, value: string, context: EditorContext): HTMLInputElement {
  const input = text(id, value, context.entityList);
  input.addEventListener('input', () => context.suggest(input.value));
  return input;
}

export function claimEditor(claim: ReviewClaim, context: EditorContext): HTMLFormElement {
  const subject = entityField('edit-subject', claim.subject, context);
  const object = entityField('edit-object', claim.object, context);
  const statedBy = entityField('edit-stated-by', claim.statedBy ?? '', context);
  const types = context.vocabulary.map((entry) => entry.type);
  const type = select('edit-type', types, claim.type);
  const polarity = select('edit-polarity', POLARITIES, claim.polarity);
  const date = h('input', {
    class: 'search-input',
    attrs: { id: 'edit-date', type: 'text', value: claim.date ?? '', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  });
  // A new type brings its usual polarity; the person can still say otherwise.
  type.addEventListener('change', () => {
    polarity.value = context.vocabulary.find((entry) => entry.type === type.value)?.polarity ?? polarity.value;
  });
  const controls = [
    field('Subject', subject),
    field('Type', type),
    field('Object', object),
    field('Polarity', polarity),
    field('Stated by (empty: the article’s narration)', statedBy),
    field('Date the text fixes', date),
    h('p', { class: 'muted' }, 'To change the quote, select the passage in the text and press W (or the button on the claim).'),
  ];
  return editorForm(context, controls, () => ({
    subject: subject.value.trim(),
    object: object.value.trim(),
    statedBy: statedBy.value.trim() || null,
    type: type.value,
    polarity: polarity.value as ReviewClaim['polarity'],
    date: date.value.trim() || null,
  }));
}

export function entityEditor(entity: ReviewEntity, context: EditorContext): HTMLFormElement {
  const name = text('edit-name', entity.name);
  const kind = select('edit-kind', ENTITY_KINDS, entity.kind);
  const aliases = text('edit-aliases', entity.aliases.join('; '));
  const description = h('textarea', { attrs: { id: 'edit-description', rows: 2, placeholder: 'One neutral line: who or what it is' } });
  description.value = entity.description ?? '';
  const mergeInto = entityField('edit-merge-into', entity.mergeInto ?? '', context);
  const controls = entity.new
    ? [
        field('Name', name),
        field('Kind', kind),
        field('Aliases (separated by ;)', aliases),
        field('Description (needed for a new entity)', description),
        field('Or merge into a known entity (its id)', mergeInto),
      ]
    : [field('Aliases this article adds (separated by ;)', aliases)];
  return editorForm(context, controls, () => ({
    name: name.value.trim() || entity.name,
    kind: kind.value as ReviewEntity['kind'],
    aliases: aliases.value
      .split(';')
      .map((alias) => alias.trim())
      .filter(Boolean),
    description: description.value.trim() || null,
    mergeInto: entity.new ? mergeInto.value.trim() || null : null,
  }));
}
