import { describe, expect, it } from 'vitest';
import { Slug, slugOf } from './fields.ts';

describe('slugOf', () => {
  it('when a name has accents, possessives and punctuation, then the slug folds and joins its words', () => {
    expect(slugOf('Pakistan’s Foreign Office')).toBe('pakistan-foreign-office');
    expect(slugOf('Hélène Dupré')).toBe('helene-dupre');
    expect(slugOf('Kassym-Jomart Tokayev')).toBe('kassym-jomart-tokayev');
    expect(slugOf('US–Taliban agreement, 2020')).toBe('us-taliban-agreement-2020');
  });

  it('when a title is long, then the slug is cut back to a hyphen within the limit, and is a valid Slug', () => {
    const slug = slugOf('A very long headline about the talks between the two foreign ministers in the capital', 30);
    expect(slug).toBe('a-very-long-headline-about');
    expect(Slug.safeParse(slug).success).toBe(true);
  });
});
