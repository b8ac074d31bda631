// The eval's "central" relations: pairs the curated claims state in two or more distinct passages.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../server/corpus/schema.ts';
import { centralPairs } from '../../server/extract/eval-score.ts';

function claim(id: string, pair: [string, string], offsets: [number, number]): Claim {
  const [subject, object] = pair;
  return { id, subject, type: 'MET_WITH', object, polarity: 'neutral', quote: 'q', offsets, article: 'a', statedBy: null, date: null };
}

describe('centralPairs', () => {
  it('when a pair is stated in two separate passages, either way round, then it is central', () => {
    const central = centralPairs([claim('c-1', ['aland', 'borduria'], [0, 10]), claim('c-2', ['borduria', 'aland'], [50, 60])]);
    expect([...central]).toEqual(['aland|borduria']);
  });

  it('when a pair is stated twice in overlapping passages, then it is not central', () => {
    const central = centralPairs([claim('c-1', ['aland', 'borduria'], [0, 30]), claim('c-2', ['aland', 'borduria'], [20, 40])]);
    expect(central.size).toBe(0);
  });
});
