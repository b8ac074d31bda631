// The words of a result's status line, as pure functions of the result: rows, time, where the
// query ran, the "Show as graph" button's label and the truncation notice.
import type { ConsoleResult } from '../../contract/index.ts';

type Summary = ConsoleResult['summary'];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 100) / 10} kB`;
}

export function rowsText(rows: number): string {
  return plural(rows, 'row', 'rows');
}

/** How long the server took, and whether the saved query or the user's own Cypher ran. */
export function timingText(summary: Pick<Summary, 'resultAvailableAfterMs' | 'resultConsumedAfterMs'>, via: 'saved' | 'cypher'): string {
  const ms = (summary.resultAvailableAfterMs ?? 0) + (summary.resultConsumedAfterMs ?? 0);
  return `${ms} ms · ${via === 'saved' ? 'saved query' : 'your Cypher'}`;
}

/** The "Show as graph" button: its label and title, and whether there is anything to draw. */
export function graphButtonText(graph: { nodes: number; relationships: number }): { label: string; title: string; enabled: boolean } {
  if (graph.nodes === 0)
    return { label: 'No graph to show', title: 'This result holds no nodes to draw: return nodes, relationships or paths', enabled: false };
  return {
    label: `Show as graph (${plural(graph.nodes, 'node', 'nodes')}, ${plural(graph.relationships, 'relationship', 'relationships')})`,
    title: 'Draw the nodes and relationships of this result in the graph',
    enabled: true,
  };
}

/** Why a result was cut, and how much of it is shown. */
export function truncationText(summary: Pick<Summary, 'truncatedBy' | 'limits'>, rows: number): string {
  const by = summary.truncatedBy;
  const limit =
    by === 'bytes'
      ? `the result passed the size limit of ${formatBytes(summary.limits.maxBytes)}`
      : `the result passed the limit of ${summary.limits.maxRows.toLocaleString('en')} rows`;
  return `Truncated (${by ?? 'limit'}): ${limit}; only the first ${rows.toLocaleString('en')} rows are shown.`;
}
