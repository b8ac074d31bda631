// Net alignment of a pair: distinct articles per polarity, alliance minus tension, divided within
// one article, contested when the minority side is substantial, the pair unordered.
import { describe, expect, it } from 'vitest';
import { netAlignment, netAlignments, pairEvidence } from '../../server/analysis/net-alignment.ts';

const claim = (claimId: string, articleId: string, polarity: 'alliance' | 'tension' | 'neutral') => ({ claimId, articleId, polarity });

describe('net alignment', () => {
  it('when one article states alliance many times, then it weighs as one article', () => {
    const evidence = pairEvidence('russia', 'pakistan', [
      claim('c1', 'art-1', 'alliance'),
      claim('c2', 'art-1', 'alliance'),
      claim('c3', 'art-1', 'alliance'),
      claim('c4', 'art-2', 'tension'),
      claim('c5', 'art-3', 'tension'),
      claim('c6', 'art-4', 'tension'),
    ]);

    const result = netAlignment(evidence);

    expect(result).toMatchObject({
      pair: ['pakistan', 'russia'],
      alliance: 1,
      tension: 3,
      net: -2,
      sign: -1,
      verdict: 'opposed',
      // One article on the smaller side is a voice, not a dispute.
      contested: false,
      articles: 4,
    });
    expect(result.claimIds).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  });

  it('when one article states both alliance and tension, then its two voices cancel', () => {
    const result = netAlignment(
      pairEvidence('a', 'b', [
        claim('c1', 'art-1', 'alliance'),
        claim('c2', 'art-1', 'tension'),
        claim('c3', 'art-2', 'alliance'),
        claim('c4', 'art-3', 'alliance'),
      ]),
    );

    expect(result).toMatchObject({ alliance: 3, tension: 1, net: 2, sign: 1, verdict: 'aligned', contested: false, articles: 3 });
  });

  it('when only neutral claims are stated, then the pair is unsigned and not contested', () => {
    const result = netAlignment(pairEvidence('a', 'b', [claim('c1', 'art-1', 'neutral'), claim('c2', 'art-2', 'neutral')]));

    expect(result).toMatchObject({
      alliance: 0,
      tension: 0,
      neutral: 2,
      articles: 0,
      net: 0,
      sign: 0,
      contested: false,
      claimIds: [],
      neutralClaimIds: ['c1', 'c2'],
    });
  });

  it('when alliance and tension articles are as many, then the pair is divided, and contested once each side has two', () => {
    const one = netAlignment(pairEvidence('a', 'b', [claim('c1', 'art-1', 'alliance'), claim('c2', 'art-2', 'tension')]));
    const two = netAlignment(
      pairEvidence('a', 'b', [
        claim('c1', 'art-1', 'alliance'),
        claim('c2', 'art-2', 'tension'),
        claim('c3', 'art-3', 'alliance'),
        claim('c4', 'art-4', 'tension'),
      ]),
    );

    expect(one).toMatchObject({ net: 0, sign: 0, verdict: 'divided', contested: false });
    expect(two).toMatchObject({ net: 0, sign: 0, verdict: 'divided', contested: true });
  });

  it('when a pair is given both ways round, then it is one pair and an article counts once', () => {
    const rows = [
      pairEvidence('russia', 'india', [claim('c1', 'art-1', 'alliance')]),
      pairEvidence('india', 'russia', [claim('c2', 'art-1', 'alliance'), claim('c3', 'art-2', 'alliance')]),
      pairEvidence('china', 'india', [claim('c4', 'art-3', 'tension')]),
    ];

    const results = netAlignments(rows);

    expect(results.map((r) => r.pair)).toEqual([
      ['china', 'india'],
      ['india', 'russia'],
    ]);
    expect(results[1]).toMatchObject({ alliance: 2, net: 2, claimIds: ['c1', 'c2', 'c3'] });
    expect(netAlignments([...rows].reverse())).toEqual(results);
  });
});
