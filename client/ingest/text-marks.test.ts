import { describe, expect, it } from 'vitest';
import { runsOf } from './text-marks.ts';

describe('runsOf', () => {
  it('when nothing is marked, then the text is one run', () => {
    expect(runsOf(10, [])).toEqual([{ start: 0, end: 10, classes: [] }]);
  });

  it('when a mention lies inside the marked passage, then the runs carry both classes where they overlap', () => {
    const runs = runsOf(20, [
      { span: [2, 12], className: 'passage' },
      { span: [5, 8], className: 'mention' },
    ]);

    expect(runs).toEqual([
      { start: 0, end: 2, classes: [] },
      { start: 2, end: 5, classes: ['passage'] },
      { start: 5, end: 8, classes: ['passage', 'mention'] },
      { start: 8, end: 12, classes: ['passage'] },
      { start: 12, end: 20, classes: [] },
    ]);
  });

  it('when a mark reaches past the text, then the runs stop at its end', () => {
    expect(runsOf(5, [{ span: [3, 9], className: 'm' }])).toEqual([
      { start: 0, end: 3, classes: [] },
      { start: 3, end: 5, classes: ['m'] },
    ]);
  });
});
