// The parameter inputs under the editor: one per $parameter, labelled with its name, prefilled
// with its value (or the saved query's default), described by the saved query's note.
import { h } from '../ui/dom.ts';
import type { ParamField } from './query-params.ts';

export interface ParamsForm {
  element: HTMLElement;
  /** Shows these fields; inputs whose names stay keep their element (and focus). */
  show(fields: readonly ParamField[], values: Record<string, string>): void;
  /** Writes values into the inputs shown (a link or a picked query brought new ones). */
  fill(values: Record<string, string>): void;
}

export function createParamsForm(onInput: (name: string, value: string) => void): ParamsForm {
  const element = h('div', { class: 'console-params', attrs: { id: 'console-params', role: 'group', 'aria-label': 'Query parameters' } });
  const inputs = new Map<string, HTMLInputElement>();
  let shownKey = '';

  return {
    element,
    show(fields, values) {
      const key = fields.map((field) => `${field.name}\u0000${field.description}\u0000${field.default}`).join('\u0001');
      if (key === shownKey) return;
      shownKey = key;
      const rows = fields.map((field) => {
        const input =
          inputs.get(field.name) ??
          h('input', {
            class: 'console-param-input',
            attrs: { type: 'text', name: field.name, id: `console-param-${field.name}`, spellcheck: 'false', autocomplete: 'off' },
            dataset: { param: field.name },
            on: { input: (event) => onInput(field.name, (event.target as HTMLInputElement).value) },
          });
        input.value = values[field.name] ?? field.default;
        input.placeholder = field.default || 'value';
        input.title = field.description || `Value of $${field.name}`;
        return h(
          'label',
          { class: 'console-param', attrs: { for: `console-param-${field.name}` } },
          h('span', { class: 'console-param-name' }, `$${field.name}`),
          input,
        );
      });
      inputs.clear();
      for (const row of rows) {
        const input = row.querySelector('input')!;
        inputs.set(input.name, input);
      }
      element.replaceChildren(...rows);
      element.hidden = fields.length === 0;
    },
    fill(values) {
      for (const [name, input] of inputs) if (values[name] !== undefined) input.value = values[name]!;
    },
  };
}
