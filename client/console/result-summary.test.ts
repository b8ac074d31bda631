import { describe, expect, it } from 'vitest';
import { formatBytes, graphButtonText, rowsText, timingText, truncationText } from './result-summary.ts';

const limits = { timeoutMs: 5_000, maxRows: 1_000, maxBytes: 2_000_000 };

describe('result summary', () => {
  it('when sizes are formatted, then megabytes from a million bytes and kilobytes below, to one decimal', () => {
    expect(formatBytes(2_000_000)).toBe('2 MB');
    expect(formatBytes(1_250_000)).toBe('1.3 MB');
    expect(formatBytes(512_000)).toBe('512 kB');
    expect(formatBytes(1_550)).toBe('1.6 kB');
  });

  it('when rows are counted, then one row is singular and any other count plural', () => {
    expect(rowsText(0)).toBe('0 rows');
    expect(rowsText(1)).toBe('1 row');
    expect(rowsText(25)).toBe('25 rows');
  });

  it('when a result is timed, then available and consumed times add up, a missing one counting as zero', () => {
    expect(timingText({ resultAvailableAfterMs: 12, resultConsumedAfterMs: 3 }, 'saved')).toBe('15 ms · saved query');
    expect(timingText({ resultAvailableAfterMs: null, resultConsumedAfterMs: null }, 'cypher')).toBe('0 ms · your Cypher');
  });

  it('when a result has no nodes, then the graph button is off and says why; else it counts nodes and relationships', () => {
    expect(graphButtonText({ nodes: 0, relationships: 0 })).toMatchObject({ label: 'No graph to show', enabled: false });
    expect(graphButtonText({ nodes: 1, relationships: 1 })).toMatchObject({
      label: 'Show as graph (1 node, 1 relationship)',
      enabled: true,
    });
    expect(graphButtonText({ nodes: 3, relationships: 0 }).label).toBe('Show as graph (3 nodes, 0 relationships)');
  });

  it('when a result was truncated, then the notice names the limit that cut it and the rows shown', () => {
    expect(truncationText({ truncatedBy: 'rows', limits }, 1_000)).toBe(
      'Truncated (rows): the result passed the limit of 1,000 rows; only the first 1,000 rows are shown.',
    );
    expect(truncationText({ truncatedBy: 'bytes', limits }, 840)).toBe(
      'Truncated (bytes): the result passed the size limit of 2 MB; only the first 840 rows are shown.',
    );
    expect(truncationText({ truncatedBy: null, limits }, 10)).toMatch(/^Truncated \(limit\): the result passed the limit of 1,000 rows/);
  });
});
