// Field formats shared by the data files, the requests and the responses.
import { z } from 'zod';

/** Stable slug: lower-case words joined by hyphens (entity, article and claim ids). */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)');

/** A date only as precise as the source fixes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A relationship type of the vocabulary: COOPERATES_WITH, RIVAL_OF, … */
export const RelationshipTypeName = z.string().regex(/^[A-Z]+(?:_[A-Z]+)*$/, 'must be UPPER_SNAKE_CASE');

/** A count: a whole number, zero or more. */
export const Count = z.int().nonnegative();

/**
 * A list in a query string: repeated (?kind=a&kind=b) or comma-separated (?kind=a,b), at most 100
 * items; absent stays undefined.
 */
export const queryList = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((value) => {
      if (value === undefined) return undefined;
      const values = Array.isArray(value) ? value : [value];
      return values
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    }, z.array(item).max(100))
    .optional();

/**
 * A slug from a name or a title: accents folded, a possessive 's and apostrophes dropped, every
 * other run of punctuation or space one hyphen; cut back to a hyphen past `maxLength`.
 * "Pakistan’s Foreign Office" → "pakistan-foreign-office".
 */
export function slugOf(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
