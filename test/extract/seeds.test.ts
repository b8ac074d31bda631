// On the seed articles (where ../shared/seeds exists): every proposed quote is verbatim at its
// offsets. No accuracy thresholds here: `npm run eval:extract` measures accuracy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractProposals } from '../../server/extract/extract.ts';
import { readExtractData } from '../../server/extract/extract-data.ts';

const SEEDS = path.join('..', 'shared', 'seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((name) => name.endsWith('.txt')) : [];

describe.skipIf(seeds.length === 0)('extraction on the seed texts', () => {
  const data = readExtractData('data');
  it.each(seeds)('when %s is extracted, then every quote and mention is verbatim at its offsets', (name) => {
    const text = readFileSync(path.join(SEEDS, name), 'utf8');
    const proposals = extractProposals(text, data);
    for (const claim of proposals.claims) expect(text.slice(claim.offsets[0], claim.offsets[1])).toBe(claim.quote);
    for (const entity of proposals.entities) {
      for (const [start, end] of entity.mentions) expect(end).toBeGreaterThan(start);
    }
  });
});
