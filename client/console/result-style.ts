// How a console result looks in the graph beyond the explorer's own styles: nodes that are not
// entities (Articles, …) and relationships that are not claims (MENTIONS, …) are drawn neutral,
// with a second channel besides colour (square corners and a dashed border; a thin solid line).
import type { StylesheetJson } from 'cytoscape';
import { HIGHLIGHT_COLOR } from '../graph/graph-style.ts';

/** Every element drawn from a console result. */
export const RESULT_CLASS = 'console-result';
/** Result elements outside the explorer's vocabulary: not an entity, not a claim. */
export const OTHER_CLASS = 'console-other';

export const OTHER_STYLE = { label: 'Not an entity or claim', fill: '#f1f2f4', border: '#7a828c', line: '#9aa1a9' };

/** Rules appended after the explorer's stylesheet (graph-style.ts), so they win for these classes. */
export function resultStylesheet(): StylesheetJson {
  return [
    {
      selector: `node.${OTHER_CLASS}`,
      style: {
        shape: 'rectangle',
        'background-color': OTHER_STYLE.fill,
        'border-color': OTHER_STYLE.border,
        'border-style': 'dashed',
        'border-width': 1.5,
        color: '#3d434b',
      },
    },
    { selector: `node.${OTHER_CLASS}:selected`, style: { 'border-color': HIGHLIGHT_COLOR, 'border-width': 3, 'border-style': 'solid' } },
    {
      selector: `edge.${OTHER_CLASS}`,
      style: {
        'line-color': OTHER_STYLE.line,
        'target-arrow-color': OTHER_STYLE.line,
        'target-arrow-shape': 'vee',
        'line-style': 'solid',
        'line-cap': 'butt',
        width: 1.2,
      },
    },
  ];
}
