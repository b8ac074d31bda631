// The article text cut into runs, each with the marks over it (mentions, the selected passage),
// so the page can draw it as text nodes in spans: nothing of the text is ever parsed as HTML.
import type { TextSpan } from '../../contract/index.ts';

export interface Mark {
  span: TextSpan;
  className: string;
}

export interface Run {
  start: number;
  end: number;
  classes: string[];
}

/** Runs covering [0, length) in order; where marks overlap, a run carries each of their classes. */
export function runsOf(length: number, marks: readonly Mark[]): Run[] {
  const cuts = new Set([0, length]);
  for (const { span } of marks) for (const at of span) if (at > 0 && at < length) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const classes = marks.filter(({ span }) => span[0] <= start && span[1] >= end).map(({ className }) => className);
    runs.push({ start, end, classes: [...new Set(classes)] });
  }
  return runs;
}
